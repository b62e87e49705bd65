SET lock_timeout = '5s';

-- step 30: public.items.price (check_rows)
DO $rollgate$
DECLARE
    rg_n bigint;
BEGIN
    -- rollgate: every value must fit numeric(10,0) before the switch
    SELECT count(*) INTO rg_n FROM public.items WHERE NOT (round(price, 0) = price);
    IF rg_n > 0 THEN
        RAISE EXCEPTION 'rollgate: % rows of public.items do not fit numeric(10,0) in column price (fractions would be rounded away): the rollout stops here, every value kept', rg_n;
    END IF;
END
$rollgate$;

-- step 31: public.items.price (add_check_not_valid)
ALTER TABLE public.items ADD CONSTRAINT rollgate_fit_items_price CHECK (round(price, 0) = price) NOT VALID;
