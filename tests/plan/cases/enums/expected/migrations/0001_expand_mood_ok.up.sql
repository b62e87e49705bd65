SET lock_timeout = '5s';

-- step 1: public.mood (alter_enum_add_value)
ALTER TYPE public.mood ADD VALUE 'ok' AFTER 'sad';
