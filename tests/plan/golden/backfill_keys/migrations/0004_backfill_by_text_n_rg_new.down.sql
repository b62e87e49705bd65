-- rollgate:no-transaction

-- undo step 18: public.by_text.n_rg_new: nothing to undo
