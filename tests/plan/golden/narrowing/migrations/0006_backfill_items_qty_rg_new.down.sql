-- rollgate:no-transaction

-- undo step 20: public.items.qty_rg_new: nothing to undo
