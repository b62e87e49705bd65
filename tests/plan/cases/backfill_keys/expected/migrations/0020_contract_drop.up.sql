SET lock_timeout = '5s';

-- step 71: public.by_index.n_rg_old (drop_column)
ALTER TABLE public.by_index DROP COLUMN n_rg_old;

-- step 72: public.by_pair.n_rg_old (drop_column)
ALTER TABLE public.by_pair DROP COLUMN n_rg_old;

-- step 73: public.by_text.n_rg_old (drop_column)
ALTER TABLE public.by_text DROP COLUMN n_rg_old;

-- step 74: public.by_uuid.n_rg_old (drop_column)
ALTER TABLE public.by_uuid DROP COLUMN n_rg_old;

-- step 75: public.no_key.n_rg_old (drop_column)
ALTER TABLE public.no_key DROP COLUMN n_rg_old;
