SET lock_timeout = '5s';

-- undo step 31: public.orders.account_id_rg_new
ALTER TABLE public.orders ADD CONSTRAINT rollgate_nn_orders_account_id_rg_new CHECK (account_id_rg_new IS NOT NULL) NOT VALID;

-- undo step 30: public.orders.account_id_rg_new
ALTER TABLE public.orders ALTER COLUMN account_id_rg_new DROP NOT NULL;

-- undo step 29: public.accounts.id_rg_new
ALTER TABLE public.accounts ADD CONSTRAINT rollgate_nn_accounts_id_rg_new CHECK (id_rg_new IS NOT NULL) NOT VALID;

-- undo step 28: public.accounts.id_rg_new
ALTER TABLE public.accounts ALTER COLUMN id_rg_new DROP NOT NULL;
