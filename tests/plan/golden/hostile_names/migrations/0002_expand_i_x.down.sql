-- rollgate:no-transaction

-- undo step 7: public."i?x"
DROP INDEX CONCURRENTLY IF EXISTS public."i
x";
