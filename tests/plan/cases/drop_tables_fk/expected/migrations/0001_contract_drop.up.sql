SET lock_timeout = '5s';

-- step 1: public.places.places_pkey (drop_constraint_unique)
ALTER TABLE public.places DROP CONSTRAINT places_pkey;

-- step 2: public.tokens.tokens_app_id_fkey (drop_constraint_foreign_key)
ALTER TABLE public.tokens DROP CONSTRAINT tokens_app_id_fkey;

-- step 3: public.places.id (drop_column)
ALTER TABLE public.places DROP COLUMN id;

-- step 4: public.apps (drop_table_with_fk)
DROP TABLE public.apps;

-- step 5: public.tokens (drop_table_with_fk)
DROP TABLE public.tokens;
