-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 66: public.by_index.n_rg_old
DO $rollgate$
DECLARE
    rg_max_1 uuid;
    rg_last_1 uuid;
BEGIN
    -- bounded by the largest key at the start, so it ends under write load
    SELECT k INTO rg_max_1 FROM public.by_index ORDER BY k DESC LIMIT 1;
    IF NOT FOUND THEN
        RETURN; -- empty table: nothing to do
    END IF;
    LOOP
        WITH rg_batch AS (
            SELECT k AS rg_k1 FROM public.by_index
            WHERE k <= rg_max_1 AND (rg_last_1 IS NULL OR k > rg_last_1)
            ORDER BY k
            LIMIT 1000
        ), rg_update AS (
            UPDATE public.by_index AS rg_t SET n_rg_old = ((n)::integer)
            FROM rg_batch WHERE rg_t.k = rg_batch.rg_k1 AND (n_rg_old IS DISTINCT FROM (n)::integer)
        )
        SELECT rg_k1 INTO rg_last_1 FROM rg_batch ORDER BY rg_k1 DESC LIMIT 1;
        EXIT WHEN NOT FOUND;
        COMMIT; -- each batch its own transaction
        PERFORM pg_sleep(0.005); -- --batch-pause, between batches
    END LOOP;
END
$rollgate$;
