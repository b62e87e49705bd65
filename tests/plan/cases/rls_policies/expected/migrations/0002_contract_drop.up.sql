SET lock_timeout = '5s';

-- step 16: public.docs.docs_old (drop_policy)
DROP POLICY docs_old ON public.docs;

-- step 17: public.gone (drop_table)
DROP TABLE public.gone;
