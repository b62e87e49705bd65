SET lock_timeout = '5s';

-- step 21: public.accounts.accounts_branch_fk (validate_foreign_key)
ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_branch_fk;
