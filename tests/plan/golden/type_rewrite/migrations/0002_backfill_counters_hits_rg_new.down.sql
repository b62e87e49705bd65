-- rollgate:no-transaction

-- undo step 7: public.counters.hits_rg_new: nothing to undo
