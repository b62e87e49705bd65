SET lock_timeout = '5s';

-- undo step 14: public.persons.visits_rg_new
ALTER TABLE public.persons ADD CONSTRAINT rollgate_nn_persons_visits_rg_new CHECK (visits_rg_new IS NOT NULL) NOT VALID;

-- undo step 13: public.persons.visits_rg_new
ALTER TABLE public.persons ALTER COLUMN visits_rg_new DROP NOT NULL;
