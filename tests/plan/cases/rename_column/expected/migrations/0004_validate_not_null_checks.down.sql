SET lock_timeout = '5s';

-- undo step 9: public.customers.full_name
ALTER TABLE public.customers DROP CONSTRAINT rollgate_nn_customers_full_name;
