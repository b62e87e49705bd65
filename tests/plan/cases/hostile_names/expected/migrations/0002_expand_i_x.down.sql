-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 8: public."i?x"
DROP INDEX CONCURRENTLY IF EXISTS public."i
x";

-- undo step 7: public."i?x": nothing to undo
