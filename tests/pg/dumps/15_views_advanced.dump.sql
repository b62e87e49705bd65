--
-- PostgreSQL database dump
--

\restrict FZe87Bbp80Atwfo2lqCbim8BugiWWvlhW0n5xmfz8BXVgTJAtpcNbRWCIHfv9nO

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
-- Name: sales; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sales (
    id integer NOT NULL,
    region text NOT NULL,
    product text NOT NULL,
    amount numeric(10,2) NOT NULL,
    sold_at timestamp with time zone NOT NULL,
    rep_id integer
);


ALTER TABLE public.sales OWNER TO postgres;

--
-- Name: sales_of(text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.sales_of(r text) RETURNS SETOF public.sales
    LANGUAGE sql STABLE
    AS $$SELECT * FROM sales WHERE region = r$$;


ALTER FUNCTION public.sales_of(r text) OWNER TO postgres;

--
-- Name: case_when; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.case_when AS
 SELECT sales.id,
        CASE
            WHEN (sales.amount < (10)::numeric) THEN 'low'::text
            WHEN (sales.amount < (100)::numeric) THEN 'mid'::text
            ELSE NULL::text
        END AS band,
        CASE sales.region
            WHEN 'north'::text THEN 1
            WHEN 'south'::text THEN 2
            ELSE 0
        END AS code,
    COALESCE(sales.rep_id, '-1'::integer) AS rep,
    NULLIF(sales.region, ''::text) AS reg,
    GREATEST(sales.amount, (0)::numeric) AS pos
   FROM public.sales;


ALTER TABLE public.case_when OWNER TO postgres;

--
-- Name: casts_view; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.casts_view AS
 SELECT (sales.id)::text AS id_text,
    (sales.amount)::integer AS whole,
    (sales.sold_at)::date AS day,
    '{1,2}'::integer[] AS arr,
    ('01:00:00'::interval * (2)::double precision) AS two_hours,
    '12:30:00'::time without time zone AS t,
    (1.5)::double precision AS f,
    'a
b'::text AS esc,
    'x'::character(3) AS ch,
    NULL::text AS nothing,
    (true AND (NOT false)) AS bools,
    (- sales.amount) AS neg
   FROM public.sales;


ALTER TABLE public.casts_view OWNER TO postgres;

--
-- Name: constants_view; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.constants_view AS
 SELECT v.n,
    v.word,
    v.day
   FROM ( VALUES (1,'one'::text,'2024-01-01'::date), (2,'two'::text,NULL::date)) v(n, word, day)
  WHERE (v.n = ANY (ARRAY[1, 2, 3]));


ALTER TABLE public.constants_view OWNER TO postgres;

--
-- Name: fetched; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.fetched AS
 SELECT sales.id
   FROM public.sales
  ORDER BY sales.id
 LIMIT 3;


ALTER TABLE public.fetched OWNER TO postgres;

--
-- Name: reps; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.reps (
    rep_id integer NOT NULL,
    name text,
    region text
);


ALTER TABLE public.reps OWNER TO postgres;

--
-- Name: targets; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.targets (
    region text,
    product text,
    target numeric
);


ALTER TABLE public.targets OWNER TO postgres;

--
-- Name: joins_view; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.joins_view AS
 SELECT s.id,
    r.name,
    t.target
   FROM ((public.sales s
     JOIN public.reps r USING (region, rep_id))
     FULL JOIN public.targets t(region_1, product, target) USING (product))
  WHERE (((s.amount >= (10)::numeric) AND (s.amount <= (1000)::numeric)) OR (t.target IS NULL));


ALTER TABLE public.joins_view OWNER TO postgres;

--
-- Name: latest_per_region; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.latest_per_region AS
 SELECT DISTINCT ON (sales.region) sales.region,
    sales.product,
    sales.amount,
    sales.sold_at
   FROM public.sales
  ORDER BY sales.region, sales.sold_at DESC;


ALTER TABLE public.latest_per_region OWNER TO postgres;

--
-- Name: nested; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.nested AS
 WITH top AS MATERIALIZED (
         SELECT sales.region,
            sum(sales.amount) AS total
           FROM public.sales
          GROUP BY sales.region
        ), ranked AS NOT MATERIALIZED (
         SELECT top.region,
            top.total,
            dense_rank() OVER (ORDER BY top.total DESC) AS dr
           FROM top
        )
 SELECT ranked.region,
    ranked.total
   FROM ranked
  WHERE ((ranked.dr <= 3) AND (ranked.region IN ( SELECT reps.region
           FROM public.reps
          WHERE (reps.name ~~ 'A%'::text))) AND (EXISTS ( SELECT 1
           FROM public.targets t
          WHERE ((t.region = ranked.region) AND (t.target < ranked.total)))) AND (ranked.total > ALL ( SELECT targets.target
           FROM public.targets
          WHERE (targets.target IS NOT NULL))) AND (ranked.total > ( SELECT avg(top.total) AS avg
           FROM top)));


ALTER TABLE public.nested OWNER TO postgres;

--
-- Name: paged; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.paged AS
 SELECT sales.id
   FROM public.sales
  ORDER BY sales.amount DESC, sales.id
 OFFSET 5
 LIMIT 10;


ALTER TABLE public.paged OWNER TO postgres;

--
-- Name: region_stats; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.region_stats AS
 SELECT sales.region,
    count(*) FILTER (WHERE (sales.amount > (100)::numeric)) AS big_sales,
    sum(sales.amount) AS total,
    (avg(sales.amount))::numeric(10,2) AS mean,
    percentile_cont((0.5)::double precision) WITHIN GROUP (ORDER BY ((sales.amount)::double precision)) AS median,
    string_agg(sales.product, ', '::text ORDER BY sales.product) AS products,
    array_agg(DISTINCT sales.product) AS product_set,
    (max(sales.sold_at))::date AS last_day
   FROM public.sales
  GROUP BY sales.region;


ALTER TABLE public.region_stats OWNER TO postgres;

--
-- Name: rollup_view; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.rollup_view AS
 SELECT sales.region,
    sales.product,
    sum(sales.amount) AS total,
    GROUPING(sales.region, sales.product) AS g
   FROM public.sales
  GROUP BY ROLLUP(sales.region, sales.product);


ALTER TABLE public.rollup_view OWNER TO postgres;

--
-- Name: running; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.running AS
 SELECT sales.id,
    sales.region,
    sales.amount,
    sum(sales.amount) OVER (PARTITION BY sales.region ORDER BY sales.sold_at ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS last3,
    rank() OVER w AS r,
    lag(sales.amount, 1, (0)::numeric) OVER w AS prev
   FROM public.sales
  WINDOW w AS (PARTITION BY sales.region ORDER BY sales.amount DESC);


ALTER TABLE public.running OWNER TO postgres;

--
-- Name: sets_view; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.sets_view AS
 SELECT sales.region
   FROM public.sales
EXCEPT (
         SELECT reps.region
           FROM public.reps
        INTERSECT
         SELECT targets.region
           FROM public.targets
);


ALTER TABLE public.sets_view OWNER TO postgres;

--
-- Name: via_function; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.via_function AS
 SELECT f.id,
    f.amount,
    g.n
   FROM public.sales_of('north'::text) f(id, region, product, amount, sold_at, rep_id),
    generate_series(1, 3) g(n);


ALTER TABLE public.via_function OWNER TO postgres;

--
-- Name: view_on_view; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.view_on_view AS
 SELECT rs.region,
    rs.total,
    lpr.product AS latest_product
   FROM (public.region_stats rs
     JOIN public.latest_per_region lpr USING (region));


ALTER TABLE public.view_on_view OWNER TO postgres;

--
-- Name: reps reps_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reps
    ADD CONSTRAINT reps_pkey PRIMARY KEY (rep_id);


--
-- Name: sales sales_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sales
    ADD CONSTRAINT sales_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict FZe87Bbp80Atwfo2lqCbim8BugiWWvlhW0n5xmfz8BXVgTJAtpcNbRWCIHfv9nO

