-- rollgate:lossy PostgreSQL cannot remove an enum value: the down re-creates the type and fails while a row holds the value
SET lock_timeout = '5s';

-- undo step 1: public.mood
ALTER TYPE public.mood RENAME TO mood_rg_old;
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
ALTER TABLE public.people ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood;
DROP TYPE public.mood_rg_old;
