SET lock_timeout = '5s';

-- step 27: public.customers.full_name (set_not_null_with_valid_check)
ALTER TABLE public.customers ALTER COLUMN full_name SET NOT NULL;

-- step 28: public.customers.full_name (drop_constraint_check)
ALTER TABLE public.customers DROP CONSTRAINT rollgate_nn_customers_full_name;

-- step 29: public.orders.total_cents_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.orders ALTER COLUMN total_cents_rg_new SET NOT NULL;

-- step 30: public.orders.total_cents_rg_new (drop_constraint_check)
ALTER TABLE public.orders DROP CONSTRAINT rollgate_nn_orders_total_cents_rg_new;
