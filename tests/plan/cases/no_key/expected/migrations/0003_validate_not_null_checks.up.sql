SET lock_timeout = '5s';

-- step 4: public.logs.id (add_check_not_valid)
ALTER TABLE public.logs ADD CONSTRAINT rollgate_nn_logs_id CHECK (id IS NOT NULL) NOT VALID;
