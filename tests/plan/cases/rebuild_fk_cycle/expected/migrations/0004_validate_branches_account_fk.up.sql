SET lock_timeout = '5s';

-- step 23: public.branches.branches_account_fk (validate_foreign_key)
ALTER TABLE public.branches VALIDATE CONSTRAINT branches_account_fk;
