SET lock_timeout = '5s';

-- step 66: public.accounts.ext_rg_old (drop_column)
ALTER TABLE public.accounts DROP COLUMN ext_rg_old;

-- step 67: public.accounts.id_rg_old (drop_column)
ALTER TABLE public.accounts DROP COLUMN id_rg_old;

-- step 68: public.orders.account_id_rg_old (drop_column)
ALTER TABLE public.orders DROP COLUMN account_id_rg_old;
