-- rollgate:no-transaction

-- undo step 17: public.orders.account_id_rg_new: nothing to undo
