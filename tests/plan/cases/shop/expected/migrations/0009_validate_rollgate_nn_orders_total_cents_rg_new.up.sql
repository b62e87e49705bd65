SET lock_timeout = '5s';

-- step 25: public.orders.total_cents_rg_new (validate_check)
ALTER TABLE public.orders VALIDATE CONSTRAINT rollgate_nn_orders_total_cents_rg_new;
