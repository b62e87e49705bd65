-- rollgate:no-transaction

-- undo step 6: public.events.stream_ordering_rg_new: nothing to undo
