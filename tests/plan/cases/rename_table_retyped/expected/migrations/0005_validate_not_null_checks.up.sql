SET lock_timeout = '5s';

-- step 11: public.persons.visits_rg_new (add_check_not_valid)
ALTER TABLE public.persons ADD CONSTRAINT rollgate_nn_persons_visits_rg_new CHECK (visits_rg_new IS NOT NULL) NOT VALID;
