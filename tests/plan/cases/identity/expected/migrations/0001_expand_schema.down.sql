SET lock_timeout = '5s';

-- undo step 6: public.b.id: nothing to undo

-- undo step 5: public.b.id
ALTER TABLE public.b ALTER COLUMN id DROP IDENTITY;

-- undo step 4: public.d.id
ALTER TABLE public.d ALTER COLUMN id SET GENERATED ALWAYS;

-- undo step 3: public.b_id_seq
CREATE SEQUENCE public.b_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    MINVALUE 1
    MAXVALUE 2147483647
    CACHE 1;
ALTER SEQUENCE public.b_id_seq OWNED BY public.b.id;
DO $rollgate$
BEGIN
    -- rollgate: the serial continues after the values already in id
    PERFORM setval('public.b_id_seq', max(id)) FROM public.b HAVING max(id) IS NOT NULL;
END
$rollgate$;

-- undo step 2: public.b.id
ALTER TABLE public.b ALTER COLUMN id SET DEFAULT nextval('public.b_id_seq'::regclass);

-- undo step 1: public.a.id
ALTER TABLE public.a ALTER COLUMN id SET INCREMENT BY 5 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET START WITH 1 SET CACHE 1 SET NO CYCLE;
