SET lock_timeout = '5s';

-- undo step 23: public.orders.total_cents_rg_new
ALTER TABLE public.orders DROP CONSTRAINT rollgate_nn_orders_total_cents_rg_new;

-- undo step 22: public.customers.full_name
ALTER TABLE public.customers DROP CONSTRAINT rollgate_nn_customers_full_name;
