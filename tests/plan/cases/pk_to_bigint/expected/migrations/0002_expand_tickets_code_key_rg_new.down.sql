-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 9: public.tickets.tickets_code_key
DROP INDEX CONCURRENTLY IF EXISTS public.tickets_code_key_rg_new;

-- undo step 8: public.tickets.tickets_code_key: nothing to undo
