SET lock_timeout = '5s';

-- step 5: public.accounts.accounts_login_key (add_unique_using_index)
ALTER TABLE public.accounts ADD CONSTRAINT accounts_login_key UNIQUE USING INDEX accounts_login_key;

-- step 6: public.tags.tags_pkey (add_primary_key_using_index)
ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY USING INDEX tags_pkey;
