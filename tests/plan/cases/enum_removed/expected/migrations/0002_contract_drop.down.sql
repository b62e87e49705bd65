SET lock_timeout = '5s';

-- undo step 6: public.status
CREATE TYPE public.status_rg_old AS ENUM ('new', 'won''t do', 'held', 'done');

-- undo step 5: public.jobs.history
ALTER TABLE public.jobs ALTER COLUMN history TYPE public.status_rg_old[] USING history::text[]::public.status_rg_old[];

-- undo step 4: public.jobs.state
ALTER TABLE public.jobs ALTER COLUMN state DROP DEFAULT;
ALTER TABLE public.jobs ALTER COLUMN state TYPE public.status_rg_old USING state::text::public.status_rg_old;
ALTER TABLE public.jobs ALTER COLUMN state SET DEFAULT 'new';

-- undo step 3: public.status
DROP TYPE public.status;

-- undo step 2: public.status
ALTER TYPE public.status_rg_old RENAME TO status;
