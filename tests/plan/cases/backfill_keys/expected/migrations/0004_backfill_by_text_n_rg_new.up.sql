-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 18: public.by_text.n_rg_new (update_rows)
DO $rollgate$
DECLARE
    rg_max_1 text;
    rg_last_1 text;
BEGIN
    -- bounded by the largest key at the start, so it ends under write load
    SELECT code INTO rg_max_1 FROM public.by_text ORDER BY code DESC LIMIT 1;
    IF NOT FOUND THEN
        RETURN; -- empty table: nothing to do
    END IF;
    LOOP
        WITH rg_batch AS (
            SELECT code AS rg_k1 FROM public.by_text
            WHERE code <= rg_max_1 COLLATE "C" AND (rg_last_1 IS NULL OR code > rg_last_1 COLLATE "C")
            ORDER BY code
            LIMIT 1000
        ), rg_update AS (
            UPDATE public.by_text AS rg_t SET n_rg_new = ((n)::bigint)
            FROM rg_batch WHERE rg_t.code = rg_batch.rg_k1 AND (n_rg_new IS DISTINCT FROM (n)::bigint)
        )
        SELECT rg_k1 INTO rg_last_1 FROM rg_batch ORDER BY rg_k1 DESC LIMIT 1;
        EXIT WHEN NOT FOUND;
        COMMIT; -- each batch its own transaction
        PERFORM pg_sleep(0.005); -- --batch-pause, between batches
    END LOOP;
END
$rollgate$;
