SET lock_timeout = '5s';

-- undo step 6: public.customers.remark
DROP TRIGGER rollgate_sync_customers_remark ON public.customers;

-- undo step 5: public.customers.remark
DROP FUNCTION public.rollgate_sync_customers_remark();

-- undo step 4: public.customers.full_name
DROP TRIGGER rollgate_sync_customers_full_name ON public.customers;

-- undo step 3: public.customers.full_name
DROP FUNCTION public.rollgate_sync_customers_full_name();

-- undo step 2: public.customers.remark
ALTER TABLE public.customers DROP COLUMN remark;

-- undo step 1: public.customers.full_name
ALTER TABLE public.customers DROP COLUMN full_name;
