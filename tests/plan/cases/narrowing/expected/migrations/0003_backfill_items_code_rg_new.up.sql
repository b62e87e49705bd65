-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 18: public.items.code_rg_new (update_rows)
DO $rollgate$
DECLARE
    rg_max_1 bigint;
    rg_last_1 bigint;
BEGIN
    -- bounded by the largest key at the start, so it ends under write load
    SELECT id INTO rg_max_1 FROM public.items ORDER BY id DESC LIMIT 1;
    IF NOT FOUND THEN
        RETURN; -- empty table: nothing to do
    END IF;
    LOOP
        WITH rg_batch AS (
            SELECT id AS rg_k1 FROM public.items
            WHERE id <= rg_max_1 AND (rg_last_1 IS NULL OR id > rg_last_1)
            ORDER BY id
            LIMIT 1000
        ), rg_update AS (
            UPDATE public.items AS rg_t SET code_rg_new = ((code)::character varying(10))
            FROM rg_batch WHERE rg_t.id = rg_batch.rg_k1 AND (code_rg_new IS DISTINCT FROM (code)::character varying(10))
        )
        SELECT rg_k1 INTO rg_last_1 FROM rg_batch ORDER BY rg_k1 DESC LIMIT 1;
        EXIT WHEN NOT FOUND;
        COMMIT; -- each batch its own transaction
        PERFORM pg_sleep(0.005); -- --batch-pause, between batches
    END LOOP;
END
$rollgate$;
