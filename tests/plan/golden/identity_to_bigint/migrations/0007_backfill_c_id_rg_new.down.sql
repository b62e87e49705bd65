-- rollgate:no-transaction

-- undo step 15: public.c.id_rg_new: nothing to undo
