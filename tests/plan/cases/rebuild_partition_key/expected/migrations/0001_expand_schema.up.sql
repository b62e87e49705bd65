SET lock_timeout = '5s';

-- step 1: public.readings_rg_old (rename_table)
ALTER TABLE public.readings RENAME TO readings_rg_old;

-- step 2: public.readings_pkey_rg_old (alter_index_rename)
ALTER INDEX public.readings_pkey RENAME TO readings_pkey_rg_old;

-- step 3: public.readings_eu_rg_old (rename_table)
ALTER TABLE public.readings_eu RENAME TO readings_eu_rg_old;

-- step 4: public.readings_eu_pkey_rg_old (alter_index_rename)
ALTER INDEX public.readings_eu_pkey RENAME TO readings_eu_pkey_rg_old;

-- step 5: public.readings_us_rg_old (rename_table)
ALTER TABLE public.readings_us RENAME TO readings_us_rg_old;

-- step 6: public.readings_us_pkey_rg_old (alter_index_rename)
ALTER INDEX public.readings_us_pkey RENAME TO readings_us_pkey_rg_old;

-- step 7: public.readings_taken_idx_rg_old (alter_index_rename)
ALTER INDEX public.readings_taken_idx RENAME TO readings_taken_idx_rg_old;

-- step 8: public.readings_eu_taken_at_idx_rg_old (alter_index_rename)
ALTER INDEX public.readings_eu_taken_at_idx RENAME TO readings_eu_taken_at_idx_rg_old;

-- step 9: public.readings_us_taken_at_idx_rg_old (alter_index_rename)
ALTER INDEX public.readings_us_taken_at_idx RENAME TO readings_us_taken_at_idx_rg_old;

-- step 10: public.readings (create_table)
CREATE TABLE public.readings (
    sensor integer NOT NULL,
    region text NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
)
PARTITION BY RANGE (taken_at);

-- step 11: public.readings.readings_pkey (add_primary_key)
ALTER TABLE ONLY public.readings
    ADD CONSTRAINT readings_pkey PRIMARY KEY (sensor, region, taken_at);

-- step 12: public.readings_eu (create_table)
CREATE TABLE public.readings_eu (
    sensor integer NOT NULL,
    region text NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
);

-- step 13: public.readings_eu.readings_eu_pkey (add_primary_key)
ALTER TABLE ONLY public.readings_eu
    ADD CONSTRAINT readings_eu_pkey PRIMARY KEY (sensor, region, taken_at);

-- step 14: public.readings_old (create_table)
CREATE TABLE public.readings_old (
    sensor integer NOT NULL,
    region text NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
);

-- step 15: public.readings_old.readings_old_pkey (add_primary_key)
ALTER TABLE ONLY public.readings_old
    ADD CONSTRAINT readings_old_pkey PRIMARY KEY (sensor, region, taken_at);

-- step 16: public.readings_eu_taken_at_idx (create_index)
CREATE INDEX readings_eu_taken_at_idx ON public.readings_eu USING btree (taken_at);

-- step 17: public.readings_old_taken_at_idx (create_index)
CREATE INDEX readings_old_taken_at_idx ON public.readings_old USING btree (taken_at);

-- step 18: public.readings_taken_idx (create_index)
CREATE INDEX readings_taken_idx ON public.readings USING btree (taken_at);

-- step 19: public.readings_eu (attach_partition)
ALTER TABLE ONLY public.readings ATTACH PARTITION public.readings_eu FOR VALUES FROM ('2025-01-01') TO (MAXVALUE);

-- step 20: public.readings_old (attach_partition)
ALTER TABLE ONLY public.readings ATTACH PARTITION public.readings_old FOR VALUES FROM (MINVALUE) TO ('2025-01-01');

-- step 21: public.readings (copy_rows)
INSERT INTO public.readings (sensor, region, taken_at, value) SELECT sensor, region, taken_at, value FROM public.readings_rg_old;
