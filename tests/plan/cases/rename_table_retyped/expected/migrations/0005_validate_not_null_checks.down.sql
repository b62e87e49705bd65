SET lock_timeout = '5s';

-- undo step 11: public.persons.visits_rg_new
ALTER TABLE public.persons DROP CONSTRAINT rollgate_nn_persons_visits_rg_new;
