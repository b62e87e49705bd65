SET lock_timeout = '5s';

-- step 44: public.customers.full_name (drop_trigger)
DROP TRIGGER rollgate_sync_customers_full_name ON public.customers;

-- step 45: public.customers.full_name (drop_function)
DROP FUNCTION public.rollgate_sync_customers_full_name();

-- step 46: public.customers.name (drop_column)
ALTER TABLE public.customers DROP COLUMN name;

-- step 47: public.orders.total_cents_rg_old (drop_column)
ALTER TABLE public.orders DROP COLUMN total_cents_rg_old;
