SET lock_timeout = '5s';

-- step 3: public.logs.id (update_rows)
UPDATE public.logs SET id = (gen_random_uuid()) WHERE id IS NULL;
