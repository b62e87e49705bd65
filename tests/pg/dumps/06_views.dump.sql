--
-- PostgreSQL database dump
--

\restrict B8848sCe6d9WLjT73PHesJbPM8NsF0eNtJz0QKnCvs0du4wyBBCz4nvhOZ6mbIv

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
-- Name: customers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customers (
    id integer NOT NULL,
    name text NOT NULL,
    country character(2),
    active boolean DEFAULT true,
    created_at timestamp with time zone DEFAULT now()
);


ALTER TABLE public.customers OWNER TO postgres;

--
-- Name: active_customers; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.active_customers AS
 SELECT customers.id,
    customers.name,
    customers.country
   FROM public.customers
  WHERE customers.active;


ALTER TABLE public.active_customers OWNER TO postgres;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    id integer NOT NULL,
    customer_id integer,
    total numeric(10,2) NOT NULL,
    status text NOT NULL,
    placed_at timestamp with time zone NOT NULL
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: big_spenders; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.big_spenders AS
 SELECT customers.id,
    customers.name,
    customers.country,
    customers.active,
    customers.created_at
   FROM public.customers
  WHERE ((customers.id IN ( SELECT orders.customer_id
           FROM public.orders
          WHERE (orders.total > (1000)::numeric))) AND (customers.country <> ALL (ARRAY['XX'::bpchar, 'YY'::bpchar])));


ALTER TABLE public.big_spenders OWNER TO postgres;

--
-- Name: countdown; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.countdown AS
 WITH RECURSIVE countdown(n) AS (
         VALUES (10)
        UNION ALL
         SELECT (countdown_1.n - 1)
           FROM countdown countdown_1
          WHERE (countdown_1.n > 1)
        )
 SELECT countdown.n
   FROM countdown;


ALTER TABLE public.countdown OWNER TO postgres;

--
-- Name: customer_orders; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.customer_orders AS
 SELECT c.name AS customer,
    o.id AS order_id,
    o.total
   FROM (public.customers c
     JOIN public.orders o ON ((o.customer_id = c.id)))
  WHERE ((o.status = ANY (ARRAY['paid'::text, 'shipped'::text])) AND (o.total > (10)::numeric));


ALTER TABLE public.customer_orders OWNER TO postgres;

--
-- Name: VIEW customer_orders; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON VIEW public.customer_orders IS 'paid or shipped orders with their customer';


--
-- Name: COLUMN customer_orders.total; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.customer_orders.total IS 'order total';


--
-- Name: customer_totals; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.customer_totals AS
 SELECT orders.customer_id,
    count(*) AS n_orders,
    sum(orders.total) AS revenue
   FROM public.orders
  GROUP BY orders.customer_id
 HAVING (count(*) > 1);


ALTER TABLE public.customer_totals OWNER TO postgres;

--
-- Name: every_customer; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.every_customer AS
 SELECT customers.id,
    customers.name,
    customers.country,
    customers.active,
    customers.created_at
   FROM public.customers;


ALTER TABLE public.every_customer OWNER TO postgres;

--
-- Name: lateral_view; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.lateral_view AS
 SELECT c.id,
    last.placed_at
   FROM (public.customers c
     CROSS JOIN LATERAL ( SELECT o.placed_at
           FROM public.orders o
          WHERE (o.customer_id = c.id)
          ORDER BY o.placed_at DESC
         LIMIT 1) last);


ALTER TABLE public.lateral_view OWNER TO postgres;

--
-- Name: left_joined; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.left_joined AS
 SELECT c.id,
    c.name,
    o.id AS oid
   FROM (public.customers c
     LEFT JOIN public.orders o ON ((c.id = o.customer_id)))
  ORDER BY c.id;


ALTER TABLE public.left_joined OWNER TO postgres;

--
-- Name: order_days; Type: MATERIALIZED VIEW; Schema: public; Owner: postgres
--

CREATE MATERIALIZED VIEW public.order_days AS
 SELECT date_trunc('day'::text, orders.placed_at) AS day,
    count(*) AS n
   FROM public.orders
  GROUP BY (date_trunc('day'::text, orders.placed_at))
  WITH NO DATA;


ALTER TABLE public.order_days OWNER TO postgres;

--
-- Name: order_lines; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.order_lines (
    order_id integer NOT NULL,
    line_no integer NOT NULL,
    sku text,
    qty integer
);


ALTER TABLE public.order_lines OWNER TO postgres;

--
-- Name: order_summary; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.order_summary AS
 SELECT o.id,
    ( SELECT count(*) AS count
           FROM public.order_lines ol
          WHERE (ol.order_id = o.id)) AS n_lines,
        CASE
            WHEN (o.total >= (100)::numeric) THEN 'big'::text
            WHEN (o.total >= (10)::numeric) THEN 'medium'::text
            ELSE 'small'::text
        END AS size,
    (o.total)::integer AS rounded,
    COALESCE(o.status, 'unknown'::text) AS st,
    (EXISTS ( SELECT 1
           FROM public.order_lines ol2
          WHERE ((ol2.order_id = o.id) AND (ol2.qty > 5)))) AS has_bulk
   FROM public.orders o;


ALTER TABLE public.order_summary OWNER TO postgres;

--
-- Name: ranked; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.ranked AS
 SELECT orders.id,
    orders.customer_id,
    row_number() OVER (PARTITION BY orders.customer_id ORDER BY orders.placed_at DESC) AS rn
   FROM public.orders;


ALTER TABLE public.ranked OWNER TO postgres;

--
-- Name: recent_orders; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.recent_orders AS
 WITH recent AS (
         SELECT orders.id,
            orders.customer_id,
            orders.total,
            orders.status,
            orders.placed_at
           FROM public.orders
          WHERE (orders.placed_at > (now() - '7 days'::interval))
        ), lines AS (
         SELECT order_lines.order_id,
            sum(order_lines.qty) AS units
           FROM public.order_lines
          GROUP BY order_lines.order_id
        )
 SELECT r.id,
    r.total,
    l.units
   FROM (recent r
     LEFT JOIN lines l ON ((l.order_id = r.id)));


ALTER TABLE public.recent_orders OWNER TO postgres;

--
-- Name: sales_by_country; Type: MATERIALIZED VIEW; Schema: public; Owner: postgres
--

CREATE MATERIALIZED VIEW public.sales_by_country AS
 SELECT c.country,
    sum(o.total) AS revenue,
    count(DISTINCT c.id) AS customers
   FROM (public.customers c
     JOIN public.orders o ON ((o.customer_id = c.id)))
  GROUP BY c.country
  WITH NO DATA;


ALTER TABLE public.sales_by_country OWNER TO postgres;

--
-- Name: MATERIALIZED VIEW sales_by_country; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON MATERIALIZED VIEW public.sales_by_country IS 'refresh nightly';


--
-- Name: secure_customers; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.secure_customers WITH (security_barrier='true') AS
 SELECT customers.id,
    customers.name
   FROM public.customers
  WHERE customers.active;


ALTER TABLE public.secure_customers OWNER TO postgres;

--
-- Name: statuses; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.statuses AS
 SELECT DISTINCT orders.status
   FROM public.orders
UNION
 SELECT 'none'::text AS status
  ORDER BY 1;


ALTER TABLE public.statuses OWNER TO postgres;

--
-- Name: top_customers; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.top_customers AS
 SELECT customer_orders.customer,
    sum(customer_orders.total) AS spent
   FROM public.customer_orders
  GROUP BY customer_orders.customer;


ALTER TABLE public.top_customers OWNER TO postgres;

--
-- Name: updatable_customers; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.updatable_customers AS
 SELECT customers.id,
    customers.name,
    customers.country
   FROM public.customers
  WHERE (customers.country = 'DE'::bpchar)
  WITH LOCAL CHECK OPTION;


ALTER TABLE public.updatable_customers OWNER TO postgres;

--
-- Name: using_join; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.using_join AS
 SELECT order_lines.order_id,
    order_lines.line_no,
    o.status
   FROM (public.order_lines
     JOIN public.orders o ON ((o.id = order_lines.order_id)))
  WHERE ((order_lines.sku ~~ 'A%'::text) AND ((order_lines.qty >= 1) AND (order_lines.qty <= 10)));


ALTER TABLE public.using_join OWNER TO postgres;

--
-- Name: every_customer active; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.every_customer ALTER COLUMN active SET DEFAULT false;


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: order_lines order_lines_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_no);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: order_days_day; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX order_days_day ON public.order_days USING btree (day DESC);


--
-- Name: sales_by_country_country; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sales_by_country_country ON public.sales_by_country USING btree (country);


--
-- Name: order_lines order_lines_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id);


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);


--
-- PostgreSQL database dump complete
--

\unrestrict B8848sCe6d9WLjT73PHesJbPM8NsF0eNtJz0QKnCvs0du4wyBBCz4nvhOZ6mbIv

