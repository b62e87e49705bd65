SET lock_timeout = '5s';

-- step 5: public.accounts.accounts_pkey (add_primary_key_using_index)
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_pkey;
