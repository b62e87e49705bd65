-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 10: public.persons.visits_rg_new: nothing to undo
