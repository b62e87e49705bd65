-- rollgate:no-transaction

-- undo step 17: public.t.valid_on_rg_new: nothing to undo
