--
-- PostgreSQL database dump
--

\restrict 26kxmJvEanNTJqFsppspXgrVphB4SR27Yr05puphTtw1Uwsfk2X3ipTLi9aoaSQ

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: vehicles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.vehicles (
    id integer NOT NULL,
    name text NOT NULL,
    wheels integer,
    color text,
    CONSTRAINT vehicles_color_check CHECK ((color <> 'pink'::text)),
    CONSTRAINT vehicles_name_check CHECK ((name <> ''::text)) NO INHERIT,
    CONSTRAINT vehicles_wheels_check CHECK ((wheels >= 0))
);


ALTER TABLE public.vehicles OWNER TO postgres;

--
-- Name: bikes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bikes (
    id integer,
    wheels integer DEFAULT 2,
    name text,
    CONSTRAINT vehicles_wheels_check CHECK ((wheels >= 0))
)
INHERITS (public.vehicles);


ALTER TABLE public.bikes OWNER TO postgres;

--
-- Name: cars; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.cars (
    seats integer DEFAULT 4
)
INHERITS (public.vehicles);


ALTER TABLE public.cars OWNER TO postgres;

--
-- Name: electric; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.electric (
    battery_kwh numeric NOT NULL
);


ALTER TABLE public.electric OWNER TO postgres;

--
-- Name: electric_cars; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.electric_cars (
    name text,
    range_km integer
)
INHERITS (public.cars, public.electric);


ALTER TABLE public.electric_cars OWNER TO postgres;

--
-- Name: logs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.logs (
    at timestamp with time zone NOT NULL,
    msg text
)
PARTITION BY RANGE (date_trunc('month'::text, (at AT TIME ZONE 'UTC'::text)));


ALTER TABLE public.logs OWNER TO postgres;

--
-- Name: logs_new; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.logs_new (
    at timestamp with time zone NOT NULL,
    msg text
);


ALTER TABLE public.logs_new OWNER TO postgres;

--
-- Name: logs_old; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.logs_old (
    at timestamp with time zone NOT NULL,
    msg text
);


ALTER TABLE public.logs_old OWNER TO postgres;

--
-- Name: measurements; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peak integer,
    unitsales integer DEFAULT 0
)
PARTITION BY RANGE (logdate);


ALTER TABLE public.measurements OWNER TO postgres;

--
-- Name: measurements_2024; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements_2024 (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peak integer,
    unitsales integer DEFAULT 0
);


ALTER TABLE public.measurements_2024 OWNER TO postgres;

--
-- Name: measurements_2025; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements_2025 (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peak integer,
    unitsales integer DEFAULT 0
)
PARTITION BY RANGE (city_id);


ALTER TABLE public.measurements_2025 OWNER TO postgres;

--
-- Name: measurements_2025_high; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements_2025_high (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peak integer,
    unitsales integer DEFAULT 0
);


ALTER TABLE public.measurements_2025_high OWNER TO postgres;

--
-- Name: measurements_2025_low; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements_2025_low (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peak integer,
    unitsales integer DEFAULT 0
);


ALTER TABLE public.measurements_2025_low OWNER TO postgres;

--
-- Name: measurements_2026; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements_2026 (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peak integer,
    unitsales integer DEFAULT 0
);


ALTER TABLE public.measurements_2026 OWNER TO postgres;

--
-- Name: measurements_default; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements_default (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peak integer,
    unitsales integer DEFAULT 0
);


ALTER TABLE public.measurements_default OWNER TO postgres;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    region text NOT NULL,
    total numeric,
    CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric))
)
PARTITION BY LIST (region);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: orders_eu; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders_eu (
    id bigint NOT NULL,
    region text NOT NULL,
    total numeric,
    CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric))
);


ALTER TABLE public.orders_eu OWNER TO postgres;

--
-- Name: orders_null; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders_null (
    id bigint NOT NULL,
    region text NOT NULL,
    total numeric,
    CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric))
);


ALTER TABLE public.orders_null OWNER TO postgres;

--
-- Name: orders_other; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders_other (
    id bigint NOT NULL,
    region text NOT NULL,
    total numeric,
    CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric))
);


ALTER TABLE public.orders_other OWNER TO postgres;

--
-- Name: orders_us; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders_us (
    id bigint NOT NULL,
    region text NOT NULL,
    total numeric,
    CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric)),
    CONSTRAINT orders_us_total_small CHECK ((total < (1000000)::numeric))
);


ALTER TABLE public.orders_us OWNER TO postgres;

--
-- Name: scooters; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.scooters (
    id integer NOT NULL,
    name text NOT NULL,
    wheels integer,
    color text,
    CONSTRAINT vehicles_color_check CHECK ((color <> 'pink'::text)),
    CONSTRAINT vehicles_wheels_check CHECK ((wheels >= 0))
);


ALTER TABLE public.scooters OWNER TO postgres;

--
-- Name: sessions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sessions (
    id uuid NOT NULL,
    user_id integer,
    data jsonb
)
PARTITION BY HASH (id);


ALTER TABLE public.sessions OWNER TO postgres;

--
-- Name: sessions_0; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sessions_0 (
    id uuid NOT NULL,
    user_id integer,
    data jsonb
);


ALTER TABLE public.sessions_0 OWNER TO postgres;

--
-- Name: sessions_1; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sessions_1 (
    id uuid NOT NULL,
    user_id integer,
    data jsonb
);


ALTER TABLE public.sessions_1 OWNER TO postgres;

--
-- Name: sessions_2; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sessions_2 (
    id uuid NOT NULL,
    user_id integer,
    data jsonb
);


ALTER TABLE public.sessions_2 OWNER TO postgres;

--
-- Name: sessions_3; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sessions_3 (
    id uuid NOT NULL,
    user_id integer,
    data jsonb
);


ALTER TABLE public.sessions_3 OWNER TO postgres;

--
-- Name: logs_new; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.logs ATTACH PARTITION public.logs_new FOR VALUES FROM ('2020-01-01 00:00:00') TO ('2100-01-01 00:00:00');


--
-- Name: measurements_2024; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements ATTACH PARTITION public.measurements_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: measurements_2025; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements ATTACH PARTITION public.measurements_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');


--
-- Name: measurements_2025_high; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements_2025 ATTACH PARTITION public.measurements_2025_high FOR VALUES FROM (1000) TO (MAXVALUE);


--
-- Name: measurements_2025_low; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements_2025 ATTACH PARTITION public.measurements_2025_low FOR VALUES FROM (MINVALUE) TO (1000);


--
-- Name: measurements_2026; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements ATTACH PARTITION public.measurements_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');


--
-- Name: measurements_default; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements ATTACH PARTITION public.measurements_default DEFAULT;


--
-- Name: orders_eu; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_eu FOR VALUES IN ('de', 'fr', 'it');


--
-- Name: orders_null; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_null FOR VALUES IN (NULL);


--
-- Name: orders_other; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_other DEFAULT;


--
-- Name: orders_us; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_us FOR VALUES IN ('us');


--
-- Name: sessions_0; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions ATTACH PARTITION public.sessions_0 FOR VALUES WITH (modulus 4, remainder 0);


--
-- Name: sessions_1; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions ATTACH PARTITION public.sessions_1 FOR VALUES WITH (modulus 4, remainder 1);


--
-- Name: sessions_2; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions ATTACH PARTITION public.sessions_2 FOR VALUES WITH (modulus 4, remainder 2);


--
-- Name: sessions_3; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions ATTACH PARTITION public.sessions_3 FOR VALUES WITH (modulus 4, remainder 3);


--
-- Name: electric_cars seats; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.electric_cars ALTER COLUMN seats SET DEFAULT 4;


--
-- Name: bikes bikes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bikes
    ADD CONSTRAINT bikes_pkey PRIMARY KEY (id);


--
-- Name: measurements measurements_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements
    ADD CONSTRAINT measurements_pkey PRIMARY KEY (city_id, logdate);


--
-- Name: measurements_2024 measurements_2024_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements_2024
    ADD CONSTRAINT measurements_2024_pkey PRIMARY KEY (city_id, logdate);


--
-- Name: measurements_2025 measurements_2025_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements_2025
    ADD CONSTRAINT measurements_2025_pkey PRIMARY KEY (city_id, logdate);


--
-- Name: measurements_2025_high measurements_2025_high_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements_2025_high
    ADD CONSTRAINT measurements_2025_high_pkey PRIMARY KEY (city_id, logdate);


--
-- Name: measurements_2025_low measurements_2025_low_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements_2025_low
    ADD CONSTRAINT measurements_2025_low_pkey PRIMARY KEY (city_id, logdate);


--
-- Name: measurements_2026 measurements_2026_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements_2026
    ADD CONSTRAINT measurements_2026_pkey PRIMARY KEY (city_id, logdate);


--
-- Name: measurements_default measurements_default_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements_default
    ADD CONSTRAINT measurements_default_pkey PRIMARY KEY (city_id, logdate);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id, region);


--
-- Name: orders_eu orders_eu_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders_eu
    ADD CONSTRAINT orders_eu_pkey PRIMARY KEY (id, region);


--
-- Name: orders_null orders_null_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders_null
    ADD CONSTRAINT orders_null_pkey PRIMARY KEY (id, region);


--
-- Name: orders_other orders_other_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders_other
    ADD CONSTRAINT orders_other_pkey PRIMARY KEY (id, region);


--
-- Name: orders_us orders_us_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders_us
    ADD CONSTRAINT orders_us_pkey PRIMARY KEY (id, region);


--
-- Name: vehicles vehicles_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.vehicles
    ADD CONSTRAINT vehicles_pkey PRIMARY KEY (id);


--
-- Name: measurements_logdate_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_logdate_idx ON ONLY public.measurements USING btree (logdate DESC) WHERE (peak > 100);


--
-- Name: measurements_2024_logdate_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_2024_logdate_idx ON public.measurements_2024 USING btree (logdate DESC) WHERE (peak > 100);


--
-- Name: measurements_peak; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_peak ON ONLY public.measurements USING btree (peak);


--
-- Name: measurements_2024_peak_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_2024_peak_idx ON public.measurements_2024 USING btree (peak);


--
-- Name: measurements_2025_logdate_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_2025_logdate_idx ON ONLY public.measurements_2025 USING btree (logdate DESC) WHERE (peak > 100);


--
-- Name: measurements_2025_high_logdate_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_2025_high_logdate_idx ON public.measurements_2025_high USING btree (logdate DESC) WHERE (peak > 100);


--
-- Name: measurements_2025_peak_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_2025_peak_idx ON ONLY public.measurements_2025 USING btree (peak);


--
-- Name: measurements_2025_high_peak_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_2025_high_peak_idx ON public.measurements_2025_high USING btree (peak);


--
-- Name: measurements_2025_low_logdate_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_2025_low_logdate_idx ON public.measurements_2025_low USING btree (logdate DESC) WHERE (peak > 100);


--
-- Name: measurements_2025_low_peak_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_2025_low_peak_idx ON public.measurements_2025_low USING btree (peak);


--
-- Name: measurements_2026_logdate_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_2026_logdate_idx ON public.measurements_2026 USING btree (logdate DESC) WHERE (peak > 100);


--
-- Name: measurements_2026_peak_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_2026_peak_idx ON public.measurements_2026 USING btree (peak);


--
-- Name: measurements_default_logdate_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_default_logdate_idx ON public.measurements_default USING btree (logdate DESC) WHERE (peak > 100);


--
-- Name: measurements_default_peak_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_default_peak_idx ON public.measurements_default USING btree (peak);


--
-- Name: sessions_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sessions_id ON ONLY public.sessions USING btree (id);


--
-- Name: sessions_0_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sessions_0_id_idx ON public.sessions_0 USING btree (id);


--
-- Name: sessions_1_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sessions_1_id_idx ON public.sessions_1 USING btree (id);


--
-- Name: sessions_2_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sessions_2_id_idx ON public.sessions_2 USING btree (id);


--
-- Name: sessions_3_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sessions_3_id_idx ON public.sessions_3 USING btree (id);


--
-- Name: measurements_2024_logdate_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_logdate_idx ATTACH PARTITION public.measurements_2024_logdate_idx;


--
-- Name: measurements_2024_peak_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_peak ATTACH PARTITION public.measurements_2024_peak_idx;


--
-- Name: measurements_2024_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_pkey ATTACH PARTITION public.measurements_2024_pkey;


--
-- Name: measurements_2025_high_logdate_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_2025_logdate_idx ATTACH PARTITION public.measurements_2025_high_logdate_idx;


--
-- Name: measurements_2025_high_peak_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_2025_peak_idx ATTACH PARTITION public.measurements_2025_high_peak_idx;


--
-- Name: measurements_2025_high_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_2025_pkey ATTACH PARTITION public.measurements_2025_high_pkey;


--
-- Name: measurements_2025_logdate_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_logdate_idx ATTACH PARTITION public.measurements_2025_logdate_idx;


--
-- Name: measurements_2025_low_logdate_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_2025_logdate_idx ATTACH PARTITION public.measurements_2025_low_logdate_idx;


--
-- Name: measurements_2025_low_peak_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_2025_peak_idx ATTACH PARTITION public.measurements_2025_low_peak_idx;


--
-- Name: measurements_2025_low_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_2025_pkey ATTACH PARTITION public.measurements_2025_low_pkey;


--
-- Name: measurements_2025_peak_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_peak ATTACH PARTITION public.measurements_2025_peak_idx;


--
-- Name: measurements_2025_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_pkey ATTACH PARTITION public.measurements_2025_pkey;


--
-- Name: measurements_2026_logdate_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_logdate_idx ATTACH PARTITION public.measurements_2026_logdate_idx;


--
-- Name: measurements_2026_peak_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_peak ATTACH PARTITION public.measurements_2026_peak_idx;


--
-- Name: measurements_2026_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_pkey ATTACH PARTITION public.measurements_2026_pkey;


--
-- Name: measurements_default_logdate_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_logdate_idx ATTACH PARTITION public.measurements_default_logdate_idx;


--
-- Name: measurements_default_peak_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_peak ATTACH PARTITION public.measurements_default_peak_idx;


--
-- Name: measurements_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_pkey ATTACH PARTITION public.measurements_default_pkey;


--
-- Name: orders_eu_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.orders_pkey ATTACH PARTITION public.orders_eu_pkey;


--
-- Name: orders_null_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.orders_pkey ATTACH PARTITION public.orders_null_pkey;


--
-- Name: orders_other_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.orders_pkey ATTACH PARTITION public.orders_other_pkey;


--
-- Name: orders_us_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.orders_pkey ATTACH PARTITION public.orders_us_pkey;


--
-- Name: sessions_0_id_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.sessions_id ATTACH PARTITION public.sessions_0_id_idx;


--
-- Name: sessions_1_id_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.sessions_id ATTACH PARTITION public.sessions_1_id_idx;


--
-- Name: sessions_2_id_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.sessions_id ATTACH PARTITION public.sessions_2_id_idx;


--
-- Name: sessions_3_id_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.sessions_id ATTACH PARTITION public.sessions_3_id_idx;


--
-- PostgreSQL database dump complete
--

\unrestrict 26kxmJvEanNTJqFsppspXgrVphB4SR27Yr05puphTtw1Uwsfk2X3ipTLi9aoaSQ

