-- rollgate:no-transaction

-- undo step 19: public.items.price_rg_new: nothing to undo
