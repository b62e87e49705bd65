SET lock_timeout = '5s';

-- step 22: public.customers.full_name (add_check_not_valid)
ALTER TABLE public.customers ADD CONSTRAINT rollgate_nn_customers_full_name CHECK (full_name IS NOT NULL) NOT VALID;

-- step 23: public.orders.total_cents_rg_new (add_check_not_valid)
ALTER TABLE public.orders ADD CONSTRAINT rollgate_nn_orders_total_cents_rg_new CHECK (total_cents_rg_new IS NOT NULL) NOT VALID;
