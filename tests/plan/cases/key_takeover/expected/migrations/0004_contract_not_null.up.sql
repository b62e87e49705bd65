SET lock_timeout = '5s';

-- step 6: public.members.members_key (drop_constraint_unique)
ALTER TABLE public.members DROP CONSTRAINT members_key;

-- step 7: public.sessions.sessions_pkey (drop_constraint_unique)
ALTER TABLE public.sessions DROP CONSTRAINT sessions_pkey;

-- step 8: public.sessions.id (drop_not_null)
ALTER TABLE public.sessions ALTER COLUMN id DROP NOT NULL;

-- step 9: public.members.members_key (add_unique_using_index)
ALTER TABLE public.members ADD CONSTRAINT members_key UNIQUE USING INDEX members_key_rg_new;

-- step 10: public.sessions.sessions_pkey (add_primary_key_using_index)
ALTER TABLE public.sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY USING INDEX sessions_pkey_rg_new;
