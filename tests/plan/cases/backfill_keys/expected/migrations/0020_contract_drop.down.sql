SET lock_timeout = '5s';

-- undo step 75: public.no_key.n_rg_old
ALTER TABLE public.no_key ADD COLUMN n_rg_old integer;

-- undo step 74: public.by_uuid.n_rg_old
ALTER TABLE public.by_uuid ADD COLUMN n_rg_old integer;

-- undo step 73: public.by_text.n_rg_old
ALTER TABLE public.by_text ADD COLUMN n_rg_old integer;

-- undo step 72: public.by_pair.n_rg_old
ALTER TABLE public.by_pair ADD COLUMN n_rg_old integer;

-- undo step 71: public.by_index.n_rg_old
ALTER TABLE public.by_index ADD COLUMN n_rg_old integer;
