SET lock_timeout = '5s';

-- step 26: public.accounts.id_rg_new (validate_check)
ALTER TABLE public.accounts VALIDATE CONSTRAINT rollgate_nn_accounts_id_rg_new;
