-- rollgate:no-transaction

-- undo step 18: public.items.label_rg_new: nothing to undo
