-- rollgate:no-transaction

-- undo step 13: public.a.id_rg_new: nothing to undo
