-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 11: public.tickets.tickets_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.tickets_pkey_rg_new;

-- undo step 10: public.tickets.tickets_pkey: nothing to undo
