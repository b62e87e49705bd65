-- rollgate:no-transaction

-- undo step 17: public.by_pair.n_rg_new: nothing to undo
