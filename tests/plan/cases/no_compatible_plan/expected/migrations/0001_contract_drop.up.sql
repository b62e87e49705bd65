SET lock_timeout = '5s';

-- step 1: public.items.legacy_code (drop_column)
ALTER TABLE public.items DROP COLUMN legacy_code;
