-- rollgate:no-transaction

-- step 1: public.countries.countries_code_key (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY countries_code_key ON public.countries USING btree (code);
