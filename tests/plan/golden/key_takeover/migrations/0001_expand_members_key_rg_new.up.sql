-- rollgate:no-transaction

-- step 1: public.members.members_key (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY members_key_rg_new ON public.members USING btree (tenant, email);
