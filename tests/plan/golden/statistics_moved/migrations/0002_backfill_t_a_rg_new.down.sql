-- rollgate:no-transaction

-- undo step 4: public.t.a_rg_new: nothing to undo
