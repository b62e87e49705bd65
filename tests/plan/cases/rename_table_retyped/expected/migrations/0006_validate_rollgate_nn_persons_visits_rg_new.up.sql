SET lock_timeout = '5s';

-- step 12: public.persons.visits_rg_new (validate_check)
ALTER TABLE public.persons VALIDATE CONSTRAINT rollgate_nn_persons_visits_rg_new;
