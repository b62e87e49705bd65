-- rollgate:no-transaction

-- undo step 8: public.words.w_rg_new: nothing to undo
