SET lock_timeout = '5s';

-- undo step 21: public.accounts.accounts_branch_fk: nothing to undo
