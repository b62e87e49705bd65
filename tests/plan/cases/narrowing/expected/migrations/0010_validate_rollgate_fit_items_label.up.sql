SET lock_timeout = '5s';

-- step 28: public.items.label (check_rows)
DO $rollgate$
DECLARE
    rg_n bigint;
BEGIN
    -- rollgate: every value must fit character varying(5) before the switch
    SELECT count(*) INTO rg_n FROM public.items WHERE NOT (char_length(label) <= 5);
    IF rg_n > 0 THEN
        RAISE EXCEPTION 'rollgate: % rows of public.items do not fit character varying(5) in column label (values longer than 5 characters would be cut): the rollout stops here, every value kept', rg_n;
    END IF;
END
$rollgate$;

-- step 29: public.items.label (add_check_not_valid)
ALTER TABLE public.items ADD CONSTRAINT rollgate_fit_items_label CHECK (char_length(label) <= 5) NOT VALID;
