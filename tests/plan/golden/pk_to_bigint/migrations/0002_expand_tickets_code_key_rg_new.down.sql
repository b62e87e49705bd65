-- rollgate:no-transaction

-- undo step 8: public.tickets.tickets_code_key
DROP INDEX CONCURRENTLY IF EXISTS public.tickets_code_key_rg_new;
