-- rollgate:no-transaction

-- undo step 21: public.items.sold_at_rg_new: nothing to undo
