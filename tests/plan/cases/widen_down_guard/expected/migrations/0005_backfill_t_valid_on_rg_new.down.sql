-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 17: public.t.valid_on_rg_new: nothing to undo
