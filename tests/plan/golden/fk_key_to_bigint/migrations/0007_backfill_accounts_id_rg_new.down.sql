-- rollgate:no-transaction

-- undo step 16: public.accounts.id_rg_new: nothing to undo
