SET lock_timeout = '5s';

-- undo step 12: public.persons.visits_rg_new: nothing to undo
