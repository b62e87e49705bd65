SET lock_timeout = '5s';

-- step 16: public.customers.full_name (drop_trigger)
DROP TRIGGER rollgate_sync_customers_full_name ON public.customers;

-- step 17: public.customers.full_name (drop_function)
DROP FUNCTION public.rollgate_sync_customers_full_name();

-- step 18: public.customers.remark (drop_trigger)
DROP TRIGGER rollgate_sync_customers_remark ON public.customers;

-- step 19: public.customers.remark (drop_function)
DROP FUNCTION public.rollgate_sync_customers_remark();

-- step 20: public.customers.name (drop_column)
ALTER TABLE public.customers DROP COLUMN name;

-- step 21: public.customers.note (drop_column)
ALTER TABLE public.customers DROP COLUMN note;
