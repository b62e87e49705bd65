SET lock_timeout = '5s';

-- undo step 11: public.customers.full_name
ALTER TABLE public.customers ADD CONSTRAINT rollgate_nn_customers_full_name CHECK (full_name IS NOT NULL) NOT VALID;

-- undo step 10: public.customers.full_name
ALTER TABLE public.customers ALTER COLUMN full_name DROP NOT NULL;
