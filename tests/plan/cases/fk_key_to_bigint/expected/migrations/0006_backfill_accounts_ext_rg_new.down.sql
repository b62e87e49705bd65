-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 19: public.accounts.ext_rg_new: nothing to undo
