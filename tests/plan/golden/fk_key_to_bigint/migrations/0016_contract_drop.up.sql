SET lock_timeout = '5s';

-- step 61: public.accounts.ext_rg_old (drop_column)
ALTER TABLE public.accounts DROP COLUMN ext_rg_old;

-- step 62: public.accounts.id_rg_old (drop_column)
ALTER TABLE public.accounts DROP COLUMN id_rg_old;

-- step 63: public.orders.account_id_rg_old (drop_column)
ALTER TABLE public.orders DROP COLUMN account_id_rg_old;
