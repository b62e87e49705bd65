-- rollgate:no-transaction

-- undo step 15: public.t.code_rg_new: nothing to undo
