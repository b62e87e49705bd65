SET lock_timeout = '5s';

-- step 28: public.accounts.id_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.accounts ALTER COLUMN id_rg_new SET NOT NULL;

-- step 29: public.accounts.id_rg_new (drop_constraint_check)
ALTER TABLE public.accounts DROP CONSTRAINT rollgate_nn_accounts_id_rg_new;

-- step 30: public.orders.account_id_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.orders ALTER COLUMN account_id_rg_new SET NOT NULL;

-- step 31: public.orders.account_id_rg_new (drop_constraint_check)
ALTER TABLE public.orders DROP CONSTRAINT rollgate_nn_orders_account_id_rg_new;
