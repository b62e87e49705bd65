SET lock_timeout = '5s';

-- step 9: public.e.id (add_identity)
ALTER TABLE public.e ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.e_id_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE);

-- step 10: public.e.id (identity_restart)
DO $rollgate$
BEGIN
    -- rollgate: the identity continues after the values already in id
    PERFORM setval(pg_get_serial_sequence('public.e', 'id'), max(id)) FROM public.e HAVING max(id) IS NOT NULL;
END
$rollgate$;
