SET lock_timeout = '5s';

-- step 2: public.status (rename_type)
ALTER TYPE public.status RENAME TO status_rg_old;

-- step 3: public.status (create_enum_type)
CREATE TYPE public.status AS ENUM (
    'new',
    'won''t do',
    'done'
);

-- step 4: public.jobs.state (alter_type_rewrite)
ALTER TABLE public.jobs ALTER COLUMN state DROP DEFAULT;
ALTER TABLE public.jobs ALTER COLUMN state TYPE public.status USING state::text::public.status;
ALTER TABLE public.jobs ALTER COLUMN state SET DEFAULT 'new';

-- step 5: public.jobs.history (alter_type_rewrite)
ALTER TABLE public.jobs ALTER COLUMN history TYPE public.status[] USING history::text[]::public.status[];

-- step 6: public.status (drop_type)
DROP TYPE public.status_rg_old;
