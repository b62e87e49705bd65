SET lock_timeout = '5s';

-- step 22: public.tickets.code_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_tickets_code_rg_new ON public.tickets;

-- step 23: public.tickets.code_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_tickets_code_rg_new();

-- step 24: public.tickets.id_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_tickets_id_rg_new ON public.tickets;

-- step 25: public.tickets.id_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_tickets_id_rg_new();

-- step 26: public.tickets.tickets_code_key (drop_constraint_unique)
ALTER TABLE public.tickets DROP CONSTRAINT tickets_code_key;

-- step 27: public.tickets.code (drop_not_null)
ALTER TABLE public.tickets ALTER COLUMN code DROP NOT NULL;

-- step 28: public.tickets.code (rename_column)
ALTER TABLE public.tickets RENAME COLUMN code TO code_rg_old;

-- step 29: public.tickets.code (rename_column)
ALTER TABLE public.tickets RENAME COLUMN code_rg_new TO code;

-- step 30: public.tickets.tickets_code_key (add_unique_using_index)
ALTER TABLE public.tickets ADD CONSTRAINT tickets_code_key UNIQUE USING INDEX tickets_code_key_rg_new;

-- step 31: public.tickets.tickets_pkey (drop_constraint_unique)
ALTER TABLE public.tickets DROP CONSTRAINT tickets_pkey;

-- step 32: public.tickets.id (drop_not_null)
ALTER TABLE public.tickets ALTER COLUMN id DROP NOT NULL;

-- step 33: public.tickets.id (drop_default)
ALTER TABLE public.tickets ALTER COLUMN id DROP DEFAULT;

-- step 34: public.tickets.id (rename_column)
ALTER TABLE public.tickets RENAME COLUMN id TO id_rg_old;

-- step 35: public.tickets.id (rename_column)
ALTER TABLE public.tickets RENAME COLUMN id_rg_new TO id;

-- step 36: public.tickets.tickets_pkey (add_primary_key_using_index)
ALTER TABLE public.tickets ADD CONSTRAINT tickets_pkey PRIMARY KEY USING INDEX tickets_pkey_rg_new;

-- step 37: public.tickets_id_seq (alter_sequence_owned_by)
ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;

-- step 38: public.tickets.id (set_default)
ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq'::regclass);
