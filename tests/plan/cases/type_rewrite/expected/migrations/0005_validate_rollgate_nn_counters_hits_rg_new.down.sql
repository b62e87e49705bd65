SET lock_timeout = '5s';

-- undo step 10: public.counters.hits_rg_new: nothing to undo
