SET lock_timeout = '5s';

-- undo step 15: public.no_key.n_rg_new
DROP TRIGGER rollgate_sync_no_key_n_rg_new ON public.no_key;

-- undo step 14: public.no_key.n_rg_new
DROP FUNCTION public.rollgate_sync_no_key_n_rg_new();

-- undo step 13: public.by_uuid.n_rg_new
DROP TRIGGER rollgate_sync_by_uuid_n_rg_new ON public.by_uuid;

-- undo step 12: public.by_uuid.n_rg_new
DROP FUNCTION public.rollgate_sync_by_uuid_n_rg_new();

-- undo step 11: public.by_text.n_rg_new
DROP TRIGGER rollgate_sync_by_text_n_rg_new ON public.by_text;

-- undo step 10: public.by_text.n_rg_new
DROP FUNCTION public.rollgate_sync_by_text_n_rg_new();

-- undo step 9: public.by_pair.n_rg_new
DROP TRIGGER rollgate_sync_by_pair_n_rg_new ON public.by_pair;

-- undo step 8: public.by_pair.n_rg_new
DROP FUNCTION public.rollgate_sync_by_pair_n_rg_new();

-- undo step 7: public.by_index.n_rg_new
DROP TRIGGER rollgate_sync_by_index_n_rg_new ON public.by_index;

-- undo step 6: public.by_index.n_rg_new
DROP FUNCTION public.rollgate_sync_by_index_n_rg_new();

-- undo step 5: public.no_key.n_rg_new
ALTER TABLE public.no_key DROP COLUMN n_rg_new;

-- undo step 4: public.by_uuid.n_rg_new
ALTER TABLE public.by_uuid DROP COLUMN n_rg_new;

-- undo step 3: public.by_text.n_rg_new
ALTER TABLE public.by_text DROP COLUMN n_rg_new;

-- undo step 2: public.by_pair.n_rg_new
ALTER TABLE public.by_pair DROP COLUMN n_rg_new;

-- undo step 1: public.by_index.n_rg_new
ALTER TABLE public.by_index DROP COLUMN n_rg_new;
