SET lock_timeout = '5s';

-- undo step 4: public.people
DROP VIEW public.people;

-- undo step 3: public.persons_id_seq
ALTER SEQUENCE public.persons_id_seq RENAME TO people_id_seq;

-- undo step 2: public.persons.persons_pkey
ALTER TABLE public.persons RENAME CONSTRAINT persons_pkey TO people_pkey;

-- undo step 1: public.persons
ALTER TABLE public.persons RENAME TO people;
