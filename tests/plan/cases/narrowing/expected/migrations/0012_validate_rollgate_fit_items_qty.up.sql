SET lock_timeout = '5s';

-- step 32: public.items.qty (check_rows)
DO $rollgate$
DECLARE
    rg_n bigint;
BEGIN
    -- rollgate: every value must fit integer before the switch
    SELECT count(*) INTO rg_n FROM public.items WHERE NOT (qty BETWEEN -2147483648 AND 2147483647);
    IF rg_n > 0 THEN
        RAISE EXCEPTION 'rollgate: % rows of public.items do not fit integer in column qty (values outside -2147483648 .. 2147483647 do not fit integer): the rollout stops here, every value kept', rg_n;
    END IF;
END
$rollgate$;

-- step 33: public.items.qty (add_check_not_valid)
ALTER TABLE public.items ADD CONSTRAINT rollgate_fit_items_qty CHECK (qty BETWEEN -2147483648 AND 2147483647) NOT VALID;
