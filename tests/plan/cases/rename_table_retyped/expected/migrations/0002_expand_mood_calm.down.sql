-- rollgate:lossy PostgreSQL cannot remove an enum value: the down re-creates the type and fails while a row holds the value
SET lock_timeout = '5s';

-- undo step 5: public.mood
ALTER TYPE public.mood RENAME TO mood_rg_old;
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
DROP VIEW public.people;
ALTER TABLE public.persons ALTER COLUMN feeling TYPE public.mood USING feeling::text::public.mood;
CREATE VIEW public.people AS SELECT id, nick, visits, feeling FROM public.persons;
DROP TYPE public.mood_rg_old;
