-- rollgate:no-transaction

-- step 8: public.words.w_rg_new (update_rows)
DO $rollgate$
DECLARE
    rg_max bigint;
    rg_last bigint;
BEGIN
    -- bounded by the largest key at the start, so it ends under write load
    SELECT max(id) INTO rg_max FROM public.words;
    IF rg_max IS NULL THEN
        RETURN; -- empty table: nothing to do
    END IF;
    LOOP
        WITH rg_batch AS (
            SELECT id AS rg_key FROM public.words
            WHERE id <= rg_max AND (rg_last IS NULL OR id > rg_last)
            ORDER BY id
            LIMIT 1000
        ), rg_update AS (
            UPDATE public.words AS rg_t SET w_rg_new = (w)
            FROM rg_batch WHERE rg_t.id = rg_batch.rg_key AND (w_rg_new IS DISTINCT FROM w)
        )
        SELECT max(rg_key) INTO rg_last FROM rg_batch;
        EXIT WHEN rg_last IS NULL;
        COMMIT; -- each batch its own transaction
    END LOOP;
END
$rollgate$;
