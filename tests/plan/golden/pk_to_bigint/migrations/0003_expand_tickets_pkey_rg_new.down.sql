-- rollgate:no-transaction

-- undo step 9: public.tickets.tickets_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.tickets_pkey_rg_new;
