-- Extended statistics (CREATE STATISTICS): plain columns (stored in the
-- table's column order, whatever order they are written in), expressions,
-- explicit kinds, a statistics target, a comment, an object in another
-- schema than its table, a partitioned table, and what follows the table:
-- column renames, a table rename and move, dropped columns taking their
-- statistics along.

CREATE SCHEMA stats;
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    customer_id integer NOT NULL,
    region text,
    city text,
    zip text,
    placed_at timestamp with time zone,
    amount numeric(12,2),
    legacy integer
);
CREATE STATISTICS public.orders_region_city ON region, city FROM public.orders;
CREATE STATISTICS public.orders_dep (dependencies) ON zip, city, region FROM public.orders;
CREATE STATISTICS public.orders_nd_mcv (ndistinct, mcv) ON customer_id, region FROM public.orders;
CREATE STATISTICS stats.orders_expr ON (lower(city)), (date_trunc('month', placed_at)) FROM public.orders;
CREATE STATISTICS public.orders_one_expr ON (amount * 100) FROM public.orders;
CREATE STATISTICS public.orders_mixed (mcv) ON customer_id, (upper(region)) FROM public.orders;
CREATE STATISTICS public.orders_paren ON (region), zip FROM public.orders;
CREATE STATISTICS public.orders_legacy ON legacy, region FROM public.orders;
CREATE STATISTICS public.orders_legacy_expr ON city, (legacy + 1) FROM public.orders;
ALTER STATISTICS public.orders_region_city SET STATISTICS 500;
ALTER STATISTICS public.orders_dep SET STATISTICS 0;
COMMENT ON STATISTICS public.orders_nd_mcv IS 'who buys where';

-- follows the column, the table and its schema; the statistics stay put
ALTER TABLE public.orders RENAME COLUMN city TO town;
ALTER TABLE public.orders DROP COLUMN legacy;
CREATE SCHEMA sales;
ALTER TABLE public.orders RENAME TO orders2;
ALTER TABLE public.orders2 SET SCHEMA sales;
ALTER STATISTICS public.orders_paren RENAME TO orders_region_zip;
ALTER STATISTICS public.orders_one_expr SET SCHEMA stats;

CREATE TABLE public.events (
    kind text NOT NULL,
    at date NOT NULL,
    source text
) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE STATISTICS public.events_kind_source ON kind, source FROM public.events;
CREATE STATISTICS public.events_2024_kind_source (ndistinct) ON source, kind FROM public.events_2024;

CREATE TABLE public.copied (LIKE sales.orders2 INCLUDING STATISTICS);
