-- rollgate:no-transaction

-- undo step 16: public.t.ratio_rg_new: nothing to undo
