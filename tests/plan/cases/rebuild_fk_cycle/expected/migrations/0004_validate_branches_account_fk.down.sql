SET lock_timeout = '5s';

-- undo step 23: public.branches.branches_account_fk: nothing to undo
