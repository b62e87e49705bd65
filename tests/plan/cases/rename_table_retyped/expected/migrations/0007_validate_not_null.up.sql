SET lock_timeout = '5s';

-- step 13: public.persons.visits_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.persons ALTER COLUMN visits_rg_new SET NOT NULL;

-- step 14: public.persons.visits_rg_new (drop_constraint_check)
ALTER TABLE public.persons DROP CONSTRAINT rollgate_nn_persons_visits_rg_new;
