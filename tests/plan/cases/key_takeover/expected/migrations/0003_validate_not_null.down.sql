SET lock_timeout = '5s';

-- undo step 5: public.accounts.accounts_pkey
ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;
CREATE UNIQUE INDEX accounts_pkey ON public.accounts USING btree (id);
