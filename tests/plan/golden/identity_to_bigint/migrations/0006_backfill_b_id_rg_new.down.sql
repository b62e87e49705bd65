-- rollgate:no-transaction

-- undo step 14: public.b.id_rg_new: nothing to undo
