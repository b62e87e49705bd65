-- migrate:up transaction:false
-- rollgate: expand stage, from migrations/0002_expand_i_x (step 8); runs outside a transaction
CREATE INDEX CONCURRENTLY "i
x" ON public."We;ird ""T""" USING btree ("+new");

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY IF EXISTS public."i
x";
