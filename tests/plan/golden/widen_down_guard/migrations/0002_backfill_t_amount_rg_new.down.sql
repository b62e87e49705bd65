-- rollgate:no-transaction

-- undo step 14: public.t.amount_rg_new: nothing to undo
