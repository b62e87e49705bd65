SET lock_timeout = '5s';

-- undo step 7: public.logs.id
ALTER TABLE public.logs ADD CONSTRAINT rollgate_nn_logs_id CHECK (id IS NOT NULL) NOT VALID;

-- undo step 6: public.logs.id
ALTER TABLE public.logs ALTER COLUMN id DROP NOT NULL;
