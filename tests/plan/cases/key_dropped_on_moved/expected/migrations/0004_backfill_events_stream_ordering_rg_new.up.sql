-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 8: public.events.stream_ordering_rg_new (update_rows)
DO $rollgate$
DECLARE
    rg_max_1 integer;
    rg_last_1 integer;
BEGIN
    -- bounded by the largest key at the start, so it ends under write load
    SELECT stream_ordering INTO rg_max_1 FROM public.events ORDER BY stream_ordering DESC LIMIT 1;
    IF NOT FOUND THEN
        RETURN; -- empty table: nothing to do
    END IF;
    LOOP
        WITH rg_batch AS (
            SELECT stream_ordering AS rg_k1 FROM public.events
            WHERE stream_ordering <= rg_max_1 AND (rg_last_1 IS NULL OR stream_ordering > rg_last_1)
            ORDER BY stream_ordering
            LIMIT 1000
        ), rg_update AS (
            UPDATE public.events AS rg_t SET stream_ordering_rg_new = ((stream_ordering)::bigint)
            FROM rg_batch WHERE rg_t.stream_ordering = rg_batch.rg_k1 AND (stream_ordering_rg_new IS DISTINCT FROM (stream_ordering)::bigint)
        )
        SELECT rg_k1 INTO rg_last_1 FROM rg_batch ORDER BY rg_k1 DESC LIMIT 1;
        EXIT WHEN NOT FOUND;
        COMMIT; -- each batch its own transaction
        PERFORM pg_sleep(0.005); -- --batch-pause, between batches
    END LOOP;
END
$rollgate$;
