-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 84: public.items.price_rg_old
DO $rollgate$
DECLARE
    rg_n bigint;
BEGIN
    SELECT count(*) INTO rg_n FROM public.items WHERE NOT (abs(price) < 1e8);
    IF rg_n > 0 THEN
        RAISE EXCEPTION 'rollgate: % rows of public.items hold values of price that do not fit numeric(10,2) (values of 9 or more integer digits do not fit): the down stops here rather than cut them', rg_n;
    END IF;
END
$rollgate$;
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
            UPDATE public.items AS rg_t SET price_rg_old = ((price)::numeric(10,2))
            FROM rg_batch WHERE rg_t.id = rg_batch.rg_k1 AND (price_rg_old IS DISTINCT FROM (price)::numeric(10,2))
        )
        SELECT rg_k1 INTO rg_last_1 FROM rg_batch ORDER BY rg_k1 DESC LIMIT 1;
        EXIT WHEN NOT FOUND;
        COMMIT; -- each batch its own transaction
        PERFORM pg_sleep(0.005); -- --batch-pause, between batches
    END LOOP;
END
$rollgate$;
