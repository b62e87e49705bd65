SET lock_timeout = '5s';

-- undo step 70: public.no_key.n_rg_old
ALTER TABLE public.no_key ADD COLUMN n_rg_old integer;
UPDATE public.no_key SET n_rg_old = (n)::integer;

-- undo step 69: public.by_uuid.n_rg_old
ALTER TABLE public.by_uuid ADD COLUMN n_rg_old integer;
UPDATE public.by_uuid SET n_rg_old = (n)::integer;

-- undo step 68: public.by_text.n_rg_old
ALTER TABLE public.by_text ADD COLUMN n_rg_old integer;
UPDATE public.by_text SET n_rg_old = (n)::integer;

-- undo step 67: public.by_pair.n_rg_old
ALTER TABLE public.by_pair ADD COLUMN n_rg_old integer;
UPDATE public.by_pair SET n_rg_old = (n)::integer;

-- undo step 66: public.by_index.n_rg_old
ALTER TABLE public.by_index ADD COLUMN n_rg_old integer;
UPDATE public.by_index SET n_rg_old = (n)::integer;
