SET lock_timeout = '5s';

-- step 22: public.accounts.id_rg_new (add_check_not_valid)
ALTER TABLE public.accounts ADD CONSTRAINT rollgate_nn_accounts_id_rg_new CHECK (id_rg_new IS NOT NULL) NOT VALID;

-- step 23: public.orders.account_id_rg_new (add_check_not_valid)
ALTER TABLE public.orders ADD CONSTRAINT rollgate_nn_orders_account_id_rg_new CHECK (account_id_rg_new IS NOT NULL) NOT VALID;
