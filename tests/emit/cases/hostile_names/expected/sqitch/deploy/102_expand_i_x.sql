-- Deploy 102_expand_i_x
-- rollgate: expand stage, from migrations/0002_expand_i_x; runs outside a transaction
-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 7: public."i?x" (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public."i
x";

-- step 8: public."i?x" (create_index_concurrently)
CREATE INDEX CONCURRENTLY "i
x" ON public."We;ird ""T""" USING btree ("+new");
