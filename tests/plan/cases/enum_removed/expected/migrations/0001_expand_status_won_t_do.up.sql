SET lock_timeout = '5s';

-- step 1: public.status (alter_enum_add_value)
ALTER TYPE public.status ADD VALUE 'won''t do' AFTER 'new';
