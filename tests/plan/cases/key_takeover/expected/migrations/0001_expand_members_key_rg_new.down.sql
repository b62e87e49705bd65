-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 2: public.members.members_key
DROP INDEX CONCURRENTLY IF EXISTS public.members_key_rg_new;

-- undo step 1: public.members.members_key: nothing to undo
