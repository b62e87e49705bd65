SET lock_timeout = '5s';

-- undo step 30: public.orders.total_cents_rg_new
ALTER TABLE public.orders ADD CONSTRAINT rollgate_nn_orders_total_cents_rg_new CHECK (total_cents_rg_new IS NOT NULL) NOT VALID;

-- undo step 29: public.orders.total_cents_rg_new
ALTER TABLE public.orders ALTER COLUMN total_cents_rg_new DROP NOT NULL;

-- undo step 28: public.customers.full_name
ALTER TABLE public.customers ADD CONSTRAINT rollgate_nn_customers_full_name CHECK (full_name IS NOT NULL) NOT VALID;

-- undo step 27: public.customers.full_name
ALTER TABLE public.customers ALTER COLUMN full_name DROP NOT NULL;
