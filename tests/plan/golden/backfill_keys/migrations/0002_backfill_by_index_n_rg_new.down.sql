-- rollgate:no-transaction

-- undo step 16: public.by_index.n_rg_new: nothing to undo
