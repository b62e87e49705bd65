SET lock_timeout = '5s';

-- step 57: public.accounts.ext_rg_old (drop_column)
ALTER TABLE public.accounts DROP COLUMN ext_rg_old;

-- step 58: public.accounts.id_rg_old (drop_column)
ALTER TABLE public.accounts DROP COLUMN id_rg_old;

-- step 59: public.orders.account_id_rg_old (drop_column)
ALTER TABLE public.orders DROP COLUMN account_id_rg_old;
