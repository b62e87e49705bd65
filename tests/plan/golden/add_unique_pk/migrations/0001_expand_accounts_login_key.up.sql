-- rollgate:no-transaction

-- step 1: public.accounts.accounts_login_key (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY accounts_login_key ON public.accounts USING btree (login);
