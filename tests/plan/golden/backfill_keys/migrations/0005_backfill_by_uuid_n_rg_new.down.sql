-- rollgate:no-transaction

-- undo step 19: public.by_uuid.n_rg_new: nothing to undo
