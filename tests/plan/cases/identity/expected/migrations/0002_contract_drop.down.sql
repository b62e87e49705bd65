-- rollgate:lossy the identity's sequence restarts from its START value
SET lock_timeout = '5s';

-- undo step 8: public.c.id
ALTER TABLE public.c ALTER COLUMN id SET NOT NULL;

-- undo step 7: public.c.id
ALTER TABLE public.c ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE);
