-- rollgate:no-transaction

-- undo step 17: public.items.code_rg_new: nothing to undo
