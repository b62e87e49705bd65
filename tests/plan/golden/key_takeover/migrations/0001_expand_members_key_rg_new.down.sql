-- rollgate:no-transaction

-- undo step 1: public.members.members_key
DROP INDEX CONCURRENTLY IF EXISTS public.members_key_rg_new;
