SET lock_timeout = '5s';

-- step 34: public.items.sold_at (check_rows)
DO $rollgate$
DECLARE
    rg_n bigint;
BEGIN
    -- rollgate: every value must fit date before the switch
    SELECT count(*) INTO rg_n FROM public.items WHERE NOT (sold_at = date_trunc('day', sold_at));
    IF rg_n > 0 THEN
        RAISE EXCEPTION 'rollgate: % rows of public.items do not fit date in column sold_at (the time of day would be cut): the rollout stops here, every value kept', rg_n;
    END IF;
END
$rollgate$;

-- step 35: public.items.sold_at (add_check_not_valid)
ALTER TABLE public.items ADD CONSTRAINT rollgate_fit_items_sold_at CHECK (sold_at = date_trunc('day', sold_at)) NOT VALID;
