SET lock_timeout = '5s';

-- step 5: public.mood (alter_enum_add_value)
ALTER TYPE public.mood ADD VALUE 'calm' AFTER 'happy';
