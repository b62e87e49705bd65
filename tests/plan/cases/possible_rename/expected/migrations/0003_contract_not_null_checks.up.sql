SET lock_timeout = '5s';

-- step 8: public.customers.full_name (add_check_not_valid)
ALTER TABLE public.customers ADD CONSTRAINT rollgate_nn_customers_full_name CHECK (full_name IS NOT NULL) NOT VALID;
