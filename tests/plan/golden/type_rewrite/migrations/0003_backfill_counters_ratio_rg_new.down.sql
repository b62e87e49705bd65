-- rollgate:no-transaction

-- undo step 8: public.counters.ratio_rg_new: nothing to undo
