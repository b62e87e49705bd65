SET lock_timeout = '5s';

-- step 1: public.addr.city (alter_type_add_attribute)
ALTER TYPE public.addr ADD ATTRIBUTE city text;

-- step 2: public.addr.street (alter_type_alter_attribute)
ALTER TYPE public.addr ALTER ATTRIBUTE street SET DATA TYPE text COLLATE "C";

-- step 3: public.addr.zip (alter_type_alter_attribute)
ALTER TYPE public.addr ALTER ATTRIBUTE zip SET DATA TYPE bigint;

-- step 4: public.pair.c (alter_type_add_attribute)
ALTER TYPE public.pair ADD ATTRIBUTE c integer CASCADE;
