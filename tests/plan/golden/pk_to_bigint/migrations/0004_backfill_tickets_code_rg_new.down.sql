-- rollgate:no-transaction

-- undo step 10: public.tickets.code_rg_new: nothing to undo
