SET lock_timeout = '5s';

-- undo step 41: public.customers.name
ALTER TABLE public.customers ALTER COLUMN name SET NOT NULL;
