SET lock_timeout = '5s';

-- undo step 10: public.sessions.sessions_pkey
ALTER TABLE public.sessions DROP CONSTRAINT sessions_pkey;

-- undo step 9: public.members.members_key
ALTER TABLE public.members DROP CONSTRAINT members_key;

-- undo step 8: public.sessions.id
ALTER TABLE public.sessions ALTER COLUMN id SET NOT NULL;

-- undo step 7: public.sessions.sessions_pkey
ALTER TABLE public.sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);

-- undo step 6: public.members.members_key
ALTER TABLE public.members ADD CONSTRAINT members_key UNIQUE (email);
