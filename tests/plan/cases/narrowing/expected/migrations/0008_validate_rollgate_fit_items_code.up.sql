SET lock_timeout = '5s';

-- step 23: public.items.code (check_rows)
DO $rollgate$
DECLARE
    rg_n bigint;
BEGIN
    -- rollgate: every value must fit character varying(10) before the switch
    SELECT count(*) INTO rg_n FROM public.items WHERE NOT (char_length(code) <= 10);
    IF rg_n > 0 THEN
        RAISE EXCEPTION 'rollgate: % rows of public.items do not fit character varying(10) in column code (values longer than 10 characters would be cut): the rollout stops here, every value kept', rg_n;
    END IF;
END
$rollgate$;

-- step 24: public.items.code (add_check_not_valid)
ALTER TABLE public.items ADD CONSTRAINT rollgate_fit_items_code CHECK (char_length(code) <= 10) NOT VALID;
