-- rollgate:lossy PostgreSQL cannot remove an enum value: the down re-creates the type and fails while a row holds the value
SET lock_timeout = '5s';

-- undo step 1: public.status
ALTER TYPE public.status RENAME TO status_rg_old;
CREATE TYPE public.status AS ENUM ('new', 'held', 'done');
ALTER TABLE public.jobs ALTER COLUMN state DROP DEFAULT;
ALTER TABLE public.jobs ALTER COLUMN state TYPE public.status USING state::text::public.status;
ALTER TABLE public.jobs ALTER COLUMN state SET DEFAULT 'new';
ALTER TABLE public.jobs ALTER COLUMN history TYPE public.status[] USING history::text[]::public.status[];
DROP TYPE public.status_rg_old;
