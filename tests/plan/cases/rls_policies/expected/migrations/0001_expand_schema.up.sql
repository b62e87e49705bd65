SET lock_timeout = '5s';

-- step 1: public.fresh (create_table)
CREATE TABLE public.fresh (
    id bigint NOT NULL,
    o text
);

-- step 2: public.fresh (enable_row_security)
ALTER TABLE public.fresh ENABLE ROW LEVEL SECURITY;

-- step 3: public.fresh (force_row_security)
ALTER TABLE public.fresh FORCE ROW LEVEL SECURITY;

-- step 4: public.fresh.fresh_pkey (add_primary_key)
ALTER TABLE ONLY public.fresh
    ADD CONSTRAINT fresh_pkey PRIMARY KEY (id);

-- step 5: public.memos (disable_row_security)
ALTER TABLE public.memos DISABLE ROW LEVEL SECURITY;

-- step 6: public.memos (no_force_row_security)
ALTER TABLE public.memos NO FORCE ROW LEVEL SECURITY;

-- step 7: public.docs.docs_kind (drop_policy)
DROP POLICY docs_kind ON public.docs;

-- step 8: public.docs.docs_insert (create_policy)
CREATE POLICY docs_insert ON public.docs AS RESTRICTIVE FOR INSERT WITH CHECK (owner = current_user);

-- step 9: public.docs.docs_kind (create_policy)
CREATE POLICY docs_kind ON public.docs USING (owner = current_user);

-- step 10: public.docs.docs_read (alter_policy)
ALTER POLICY docs_read ON public.docs TO PUBLIC USING (public OR owner = current_user);

-- step 11: public.docs.docs_write (drop_policy)
DROP POLICY docs_write ON public.docs;

-- step 12: public.docs.docs_write (create_policy)
CREATE POLICY docs_write ON public.docs FOR UPDATE USING (owner = current_user);

-- step 13: public.fresh.fresh_p (create_policy)
CREATE POLICY fresh_p ON public.fresh USING (o = current_user);

-- step 14: public.docs.docs_insert (comment_on_policy)
COMMENT ON POLICY docs_insert ON public.docs IS 'only your own rows';

-- step 15: public.fresh.fresh_p (comment_on_policy)
COMMENT ON POLICY fresh_p ON public.fresh IS 'mine';
