SET lock_timeout = '5s';

-- step 5: public.addr.note (alter_type_drop_attribute)
ALTER TYPE public.addr DROP ATTRIBUTE note;
