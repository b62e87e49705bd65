-- rollgate:no-transaction

-- step 6: public.events.stream_ordering_rg_new (update_rows)
DO $rollgate$
DECLARE
    rg_max integer;
    rg_last integer;
BEGIN
    -- bounded by the largest key at the start, so it ends under write load
    SELECT max(stream_ordering) INTO rg_max FROM public.events;
    IF rg_max IS NULL THEN
        RETURN; -- empty table: nothing to do
    END IF;
    LOOP
        WITH rg_batch AS (
            SELECT stream_ordering AS rg_key FROM public.events
            WHERE stream_ordering <= rg_max AND (rg_last IS NULL OR stream_ordering > rg_last)
            ORDER BY stream_ordering
            LIMIT 1000
        ), rg_update AS (
            UPDATE public.events AS rg_t SET stream_ordering_rg_new = ((stream_ordering)::bigint)
            FROM rg_batch WHERE rg_t.stream_ordering = rg_batch.rg_key AND (stream_ordering_rg_new IS DISTINCT FROM (stream_ordering)::bigint)
        )
        SELECT max(rg_key) INTO rg_last FROM rg_batch;
        EXIT WHEN rg_last IS NULL;
        COMMIT; -- each batch its own transaction
    END LOOP;
END
$rollgate$;
