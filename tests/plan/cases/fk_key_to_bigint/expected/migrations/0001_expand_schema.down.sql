SET lock_timeout = '5s';

-- undo step 10: public.orders.account_id_rg_new
DROP TRIGGER rollgate_sync_orders_account_id_rg_new ON public.orders;

-- undo step 9: public.orders.account_id_rg_new
DROP FUNCTION public.rollgate_sync_orders_account_id_rg_new();

-- undo step 8: public.accounts.id_rg_new
DROP TRIGGER rollgate_sync_accounts_id_rg_new ON public.accounts;

-- undo step 7: public.accounts.id_rg_new
DROP FUNCTION public.rollgate_sync_accounts_id_rg_new();

-- undo step 6: public.accounts.ext_rg_new
DROP TRIGGER rollgate_sync_accounts_ext_rg_new ON public.accounts;

-- undo step 5: public.accounts.ext_rg_new
DROP FUNCTION public.rollgate_sync_accounts_ext_rg_new();

-- undo step 4: public.orders.account_id_rg_new
ALTER TABLE public.orders DROP COLUMN account_id_rg_new;

-- undo step 3: public.accounts.id_rg_new
ALTER TABLE public.accounts DROP COLUMN id_rg_new;

-- undo step 2: public.accounts.ext_rg_new
ALTER TABLE public.accounts DROP COLUMN ext_rg_new;

-- undo step 1: public.accounts_id_seq
ALTER SEQUENCE public.accounts_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;
