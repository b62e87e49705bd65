-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 18: public.events.stream_ordering_rg_old
DO $rollgate$
DECLARE
    rg_max_1 text;
    rg_last_1 text;
BEGIN
    -- bounded by the largest key at the start, so it ends under write load
    SELECT event_id INTO rg_max_1 FROM public.events ORDER BY event_id DESC LIMIT 1;
    IF NOT FOUND THEN
        RETURN; -- empty table: nothing to do
    END IF;
    LOOP
        WITH rg_batch AS (
            SELECT event_id AS rg_k1 FROM public.events
            WHERE event_id <= rg_max_1 AND (rg_last_1 IS NULL OR event_id > rg_last_1)
            ORDER BY event_id
            LIMIT 1000
        ), rg_update AS (
            UPDATE public.events AS rg_t SET stream_ordering_rg_old = ((stream_ordering)::integer)
            FROM rg_batch WHERE rg_t.event_id = rg_batch.rg_k1 AND (stream_ordering_rg_old IS DISTINCT FROM (stream_ordering)::integer)
        )
        SELECT rg_k1 INTO rg_last_1 FROM rg_batch ORDER BY rg_k1 DESC LIMIT 1;
        EXIT WHEN NOT FOUND;
        COMMIT; -- each batch its own transaction
        PERFORM pg_sleep(0.005); -- --batch-pause, between batches
    END LOOP;
END
$rollgate$;
