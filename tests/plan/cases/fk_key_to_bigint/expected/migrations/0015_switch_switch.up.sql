SET lock_timeout = '5s';

-- step 32: public.accounts.ext_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_accounts_ext_rg_new ON public.accounts;

-- step 33: public.accounts.ext_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_accounts_ext_rg_new();

-- step 34: public.accounts.id_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_accounts_id_rg_new ON public.accounts;

-- step 35: public.accounts.id_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_accounts_id_rg_new();

-- step 36: public.orders.orders_account_id_fkey (drop_constraint_foreign_key)
ALTER TABLE public.orders DROP CONSTRAINT orders_account_id_fkey;

-- step 37: public.notes.notes_account_id_fkey (drop_constraint_foreign_key)
ALTER TABLE public.notes DROP CONSTRAINT notes_account_id_fkey;

-- step 38: public.orders.account_id_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_orders_account_id_rg_new ON public.orders;

-- step 39: public.orders.account_id_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_orders_account_id_rg_new();

-- step 40: public.accounts.ext (rename_column)
ALTER TABLE public.accounts RENAME COLUMN ext TO ext_rg_old;

-- step 41: public.accounts.ext (rename_column)
ALTER TABLE public.accounts RENAME COLUMN ext_rg_new TO ext;

-- step 42: public.accounts_ext_key (alter_index_rename)
ALTER INDEX public.accounts_ext_key RENAME TO accounts_ext_key_rg_old;

-- step 43: public.accounts_ext_key (alter_index_rename)
ALTER INDEX public.accounts_ext_key_rg_new RENAME TO accounts_ext_key;

-- step 44: public.accounts_ext_expr_idx (alter_index_rename)
ALTER INDEX public.accounts_ext_expr_idx RENAME TO accounts_ext_expr_idx_rg_old;

-- step 45: public.accounts_ext_expr_idx (alter_index_rename)
ALTER INDEX public.accounts_ext_expr_idx_rg_new RENAME TO accounts_ext_expr_idx;

-- step 46: public.accounts.accounts_pkey (drop_constraint_unique)
ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

-- step 47: public.accounts.id (drop_not_null)
ALTER TABLE public.accounts ALTER COLUMN id DROP NOT NULL;

-- step 48: public.accounts.id (drop_default)
ALTER TABLE public.accounts ALTER COLUMN id DROP DEFAULT;

-- step 49: public.accounts.id (rename_column)
ALTER TABLE public.accounts RENAME COLUMN id TO id_rg_old;

-- step 50: public.accounts.id (rename_column)
ALTER TABLE public.accounts RENAME COLUMN id_rg_new TO id;

-- step 51: public.accounts.accounts_pkey (add_primary_key_using_index)
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_pkey_rg_new;

-- step 52: public.accounts_id_seq (alter_sequence_owned_by)
ALTER SEQUENCE public.accounts_id_seq OWNED BY public.accounts.id;

-- step 53: public.accounts.id (set_default)
ALTER TABLE public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);

-- step 54: public.orders.account_id (drop_not_null)
ALTER TABLE public.orders ALTER COLUMN account_id DROP NOT NULL;

-- step 55: public.orders.account_id (rename_column)
ALTER TABLE public.orders RENAME COLUMN account_id TO account_id_rg_old;

-- step 56: public.orders.account_id (rename_column)
ALTER TABLE public.orders RENAME COLUMN account_id_rg_new TO account_id;

-- step 57: public.orders_account_id_idx (alter_index_rename)
ALTER INDEX public.orders_account_id_idx RENAME TO orders_account_id_idx_rg_old;

-- step 58: public.orders_account_id_idx (alter_index_rename)
ALTER INDEX public.orders_account_id_idx_rg_new RENAME TO orders_account_id_idx;

-- step 59: public.orders.orders_account_id_fkey (add_foreign_key_not_valid)
ALTER TABLE public.orders ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) NOT VALID;

-- step 60: public.notes.notes_account_id_fkey (add_foreign_key_not_valid)
ALTER TABLE public.notes ADD CONSTRAINT notes_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE NOT VALID;
