SET lock_timeout = '5s';

-- step 11: public.customers.full_name (set_not_null_with_valid_check)
ALTER TABLE public.customers ALTER COLUMN full_name SET NOT NULL;

-- step 12: public.customers.full_name (drop_constraint_check)
ALTER TABLE public.customers DROP CONSTRAINT rollgate_nn_customers_full_name;
