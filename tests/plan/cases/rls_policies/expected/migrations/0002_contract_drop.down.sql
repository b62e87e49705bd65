-- rollgate:lossy dropped tables come back empty
SET lock_timeout = '5s';

-- undo step 17: public.gone
CREATE TABLE public.gone (
    id bigint NOT NULL,
    o text
);
ALTER TABLE ONLY public.gone
    ADD CONSTRAINT gone_pkey PRIMARY KEY (id);
ALTER TABLE public.gone ENABLE ROW LEVEL SECURITY;
CREATE POLICY gone_p ON public.gone USING (o = current_user);
COMMENT ON POLICY gone_p ON public.gone IS 'x';

-- undo step 16: public.docs.docs_old
CREATE POLICY docs_old ON public.docs FOR SELECT USING (true);
