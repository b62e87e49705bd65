-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 16: public.by_index.n_rg_new: nothing to undo
