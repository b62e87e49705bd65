-- rollgate:lossy dropped tables come back empty
SET lock_timeout = '5s';

-- undo step 24: public.readings_rg_old
CREATE TABLE public.readings_rg_old (
    sensor integer NOT NULL,
    region text NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
)
PARTITION BY LIST (region);
ALTER TABLE ONLY public.readings_rg_old
    ADD CONSTRAINT readings_pkey_rg_old PRIMARY KEY (sensor, region, taken_at);
CREATE INDEX readings_taken_idx_rg_old ON ONLY public.readings_rg_old USING btree (taken_at);

-- undo step 23: public.readings_us_rg_old
CREATE TABLE public.readings_us_rg_old (
    sensor integer NOT NULL,
    region text NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
);
ALTER TABLE ONLY public.readings_us_rg_old
    ADD CONSTRAINT readings_us_pkey_rg_old PRIMARY KEY (sensor, region, taken_at);
CREATE INDEX readings_us_taken_at_idx_rg_old ON public.readings_us_rg_old USING btree (taken_at);
ALTER TABLE ONLY public.readings_rg_old ATTACH PARTITION public.readings_us_rg_old FOR VALUES IN ('us');

-- undo step 22: public.readings_eu_rg_old
CREATE TABLE public.readings_eu_rg_old (
    sensor integer NOT NULL,
    region text NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
);
ALTER TABLE ONLY public.readings_eu_rg_old
    ADD CONSTRAINT readings_eu_pkey_rg_old PRIMARY KEY (sensor, region, taken_at);
CREATE INDEX readings_eu_taken_at_idx_rg_old ON public.readings_eu_rg_old USING btree (taken_at);
ALTER TABLE ONLY public.readings_rg_old ATTACH PARTITION public.readings_eu_rg_old FOR VALUES IN ('eu');
