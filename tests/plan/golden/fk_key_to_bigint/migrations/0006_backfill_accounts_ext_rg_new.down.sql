-- rollgate:no-transaction

-- undo step 15: public.accounts.ext_rg_new: nothing to undo
