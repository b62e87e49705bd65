SET lock_timeout = '5s';

-- undo step 15: public.fresh.fresh_p
COMMENT ON POLICY fresh_p ON public.fresh IS NULL;

-- undo step 14: public.docs.docs_insert
COMMENT ON POLICY docs_insert ON public.docs IS NULL;

-- undo step 13: public.fresh.fresh_p
DROP POLICY fresh_p ON public.fresh;

-- undo step 12: public.docs.docs_write
DROP POLICY docs_write ON public.docs;

-- undo step 11: public.docs.docs_write
CREATE POLICY docs_write ON public.docs FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user);

-- undo step 10: public.docs.docs_read
ALTER POLICY docs_read ON public.docs TO PUBLIC USING (public);

-- undo step 9: public.docs.docs_kind
DROP POLICY docs_kind ON public.docs;

-- undo step 8: public.docs.docs_insert
DROP POLICY docs_insert ON public.docs;

-- undo step 7: public.docs.docs_kind
CREATE POLICY docs_kind ON public.docs FOR DELETE USING (owner = current_user);

-- undo step 6: public.memos
ALTER TABLE public.memos FORCE ROW LEVEL SECURITY;

-- undo step 5: public.memos
ALTER TABLE public.memos ENABLE ROW LEVEL SECURITY;

-- undo step 4: public.fresh.fresh_pkey
ALTER TABLE public.fresh DROP CONSTRAINT fresh_pkey;

-- undo step 3: public.fresh
ALTER TABLE public.fresh NO FORCE ROW LEVEL SECURITY;

-- undo step 2: public.fresh
ALTER TABLE public.fresh DISABLE ROW LEVEL SECURITY;

-- undo step 1: public.fresh
DROP TABLE public.fresh;
