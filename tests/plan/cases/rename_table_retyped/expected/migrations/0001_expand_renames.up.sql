SET lock_timeout = '5s';

-- step 1: public.persons (rename_table)
ALTER TABLE public.people RENAME TO persons;

-- step 2: public.persons.persons_pkey (rename_constraint)
ALTER TABLE public.persons RENAME CONSTRAINT people_pkey TO persons_pkey;

-- step 3: public.persons_id_seq (rename_table)
ALTER SEQUENCE public.people_id_seq RENAME TO persons_id_seq;

-- step 4: public.people (create_view)
CREATE VIEW public.people AS SELECT id, nick, visits, feeling FROM public.persons;
