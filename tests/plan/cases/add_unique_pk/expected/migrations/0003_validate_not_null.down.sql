SET lock_timeout = '5s';

-- undo step 6: public.tags.tags_pkey
ALTER TABLE public.tags DROP CONSTRAINT tags_pkey;

-- undo step 5: public.accounts.accounts_login_key
ALTER TABLE public.accounts DROP CONSTRAINT accounts_login_key;
