SET lock_timeout = '5s';

-- undo step 23: public.orders.account_id_rg_new
ALTER TABLE public.orders DROP CONSTRAINT rollgate_nn_orders_account_id_rg_new;

-- undo step 22: public.accounts.id_rg_new
ALTER TABLE public.accounts DROP CONSTRAINT rollgate_nn_accounts_id_rg_new;
