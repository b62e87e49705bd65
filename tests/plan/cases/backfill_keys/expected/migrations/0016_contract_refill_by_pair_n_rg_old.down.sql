-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 67: public.by_pair.n_rg_old
DO $rollgate$
DECLARE
    rg_max_1 integer;
    rg_max_2 text;
    rg_last_1 integer;
    rg_last_2 text;
BEGIN
    -- bounded by the largest key at the start, so it ends under write load
    SELECT a, b INTO rg_max_1, rg_max_2 FROM public.by_pair ORDER BY a DESC, b DESC LIMIT 1;
    IF NOT FOUND THEN
        RETURN; -- empty table: nothing to do
    END IF;
    LOOP
        WITH rg_batch AS (
            SELECT a AS rg_k1, b AS rg_k2 FROM public.by_pair
            WHERE (a, b) <= (rg_max_1, rg_max_2) AND (rg_last_1 IS NULL OR (a, b) > (rg_last_1, rg_last_2))
            ORDER BY a, b
            LIMIT 1000
        ), rg_update AS (
            UPDATE public.by_pair AS rg_t SET n_rg_old = ((n)::integer)
            FROM rg_batch WHERE rg_t.a = rg_batch.rg_k1 AND rg_t.b = rg_batch.rg_k2 AND (n_rg_old IS DISTINCT FROM (n)::integer)
        )
        SELECT rg_k1, rg_k2 INTO rg_last_1, rg_last_2 FROM rg_batch ORDER BY rg_k1 DESC, rg_k2 DESC LIMIT 1;
        EXIT WHEN NOT FOUND;
        COMMIT; -- each batch its own transaction
        PERFORM pg_sleep(0.005); -- --batch-pause, between batches
    END LOOP;
END
$rollgate$;
