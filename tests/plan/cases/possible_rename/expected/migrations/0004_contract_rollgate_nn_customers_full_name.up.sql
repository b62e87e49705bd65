SET lock_timeout = '5s';

-- step 9: public.customers.full_name (validate_check)
ALTER TABLE public.customers VALIDATE CONSTRAINT rollgate_nn_customers_full_name;
