SET lock_timeout = '5s';

-- step 41: public.by_index.n_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_by_index_n_rg_new ON public.by_index;

-- step 42: public.by_index.n_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_by_index_n_rg_new();

-- step 43: public.by_pair.n_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_by_pair_n_rg_new ON public.by_pair;

-- step 44: public.by_pair.n_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_by_pair_n_rg_new();

-- step 45: public.by_text.n_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_by_text_n_rg_new ON public.by_text;

-- step 46: public.by_text.n_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_by_text_n_rg_new();

-- step 47: public.by_uuid.n_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_by_uuid_n_rg_new ON public.by_uuid;

-- step 48: public.by_uuid.n_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_by_uuid_n_rg_new();

-- step 49: public.no_key.n_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_no_key_n_rg_new ON public.no_key;

-- step 50: public.no_key.n_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_no_key_n_rg_new();

-- step 51: public.by_index.n (drop_not_null)
ALTER TABLE public.by_index ALTER COLUMN n DROP NOT NULL;

-- step 52: public.by_index.n (rename_column)
ALTER TABLE public.by_index RENAME COLUMN n TO n_rg_old;

-- step 53: public.by_index.n (rename_column)
ALTER TABLE public.by_index RENAME COLUMN n_rg_new TO n;

-- step 54: public.by_pair.n (drop_not_null)
ALTER TABLE public.by_pair ALTER COLUMN n DROP NOT NULL;

-- step 55: public.by_pair.n (rename_column)
ALTER TABLE public.by_pair RENAME COLUMN n TO n_rg_old;

-- step 56: public.by_pair.n (rename_column)
ALTER TABLE public.by_pair RENAME COLUMN n_rg_new TO n;

-- step 57: public.by_text.n (drop_not_null)
ALTER TABLE public.by_text ALTER COLUMN n DROP NOT NULL;

-- step 58: public.by_text.n (rename_column)
ALTER TABLE public.by_text RENAME COLUMN n TO n_rg_old;

-- step 59: public.by_text.n (rename_column)
ALTER TABLE public.by_text RENAME COLUMN n_rg_new TO n;

-- step 60: public.by_uuid.n (drop_not_null)
ALTER TABLE public.by_uuid ALTER COLUMN n DROP NOT NULL;

-- step 61: public.by_uuid.n (rename_column)
ALTER TABLE public.by_uuid RENAME COLUMN n TO n_rg_old;

-- step 62: public.by_uuid.n (rename_column)
ALTER TABLE public.by_uuid RENAME COLUMN n_rg_new TO n;

-- step 63: public.no_key.n (drop_not_null)
ALTER TABLE public.no_key ALTER COLUMN n DROP NOT NULL;

-- step 64: public.no_key.n (rename_column)
ALTER TABLE public.no_key RENAME COLUMN n TO n_rg_old;

-- step 65: public.no_key.n (rename_column)
ALTER TABLE public.no_key RENAME COLUMN n_rg_new TO n;
