SET lock_timeout = '5s';

-- step 4: public.events.id (set_not_null_with_valid_check)
ALTER TABLE public.events ALTER COLUMN id SET NOT NULL;

-- step 5: public.events.id (drop_constraint_check)
ALTER TABLE public.events DROP CONSTRAINT rollgate_nn_events_id;

-- step 6: public.events.id (add_identity)
ALTER TABLE public.events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.events_id_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE);

-- step 7: public.events.id (identity_restart)
DO $rollgate$
BEGIN
    -- rollgate: the identity continues after the values already in id
    PERFORM setval(pg_get_serial_sequence('public.events', 'id'), max(id)) FROM public.events HAVING max(id) IS NOT NULL;
END
$rollgate$;
