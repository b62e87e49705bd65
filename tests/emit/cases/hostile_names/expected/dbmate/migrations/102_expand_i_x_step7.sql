-- migrate:up transaction:false
-- rollgate: expand stage, from migrations/0002_expand_i_x (step 7); runs outside a transaction
DROP INDEX CONCURRENTLY IF EXISTS public."i
x";

-- migrate:down transaction:false
-- nothing to undo
