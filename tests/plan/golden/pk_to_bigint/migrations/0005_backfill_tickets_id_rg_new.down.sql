-- rollgate:no-transaction

-- undo step 11: public.tickets.id_rg_new: nothing to undo
