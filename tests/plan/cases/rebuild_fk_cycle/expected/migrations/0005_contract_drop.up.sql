SET lock_timeout = '5s';

-- step 24: public.accounts_eu_rg_old (drop_table)
DROP TABLE public.accounts_eu_rg_old;

-- step 25: public.branches_eu_rg_old (drop_table)
DROP TABLE public.branches_eu_rg_old;

-- step 26: public.accounts_rg_old (drop_table)
DROP TABLE public.accounts_rg_old;

-- step 27: public.branches_rg_old (drop_table)
DROP TABLE public.branches_rg_old;
