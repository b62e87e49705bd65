-- rollgate:no-transaction

-- undo step 18: public.orders.total_cents_rg_new: nothing to undo
