-- 15: view queries pg_get_viewdef() rewrites heavily: DISTINCT ON, FILTER,
-- ordered-set and ordered aggregates, window frames, GROUPING SETS /
-- ROLLUP, set operations, NATURAL / USING / FULL joins, VALUES lists,
-- LIMIT / OFFSET / FETCH, casts and literals of many types, nested
-- subqueries and CTEs, and views over views over functions.

CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    product text NOT NULL,
    amount numeric(10,2) NOT NULL,
    sold_at timestamptz NOT NULL,
    rep_id integer
);
CREATE TABLE reps (rep_id integer PRIMARY KEY, name text, region text);
CREATE TABLE targets (region text, product text, target numeric);

CREATE VIEW latest_per_region AS
    SELECT DISTINCT ON (region) region, product, amount, sold_at
    FROM sales ORDER BY region, sold_at DESC;
CREATE VIEW region_stats AS
    SELECT region,
           count(*) FILTER (WHERE amount > 100) AS big_sales,
           sum(amount) AS total,
           avg(amount)::numeric(10,2) AS mean,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS median,
           string_agg(product, ', ' ORDER BY product) AS products,
           array_agg(DISTINCT product) AS product_set,
           max(sold_at)::date AS last_day
    FROM sales GROUP BY region;
CREATE VIEW running AS
    SELECT id, region, amount,
           sum(amount) OVER (PARTITION BY region ORDER BY sold_at ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS last3,
           rank() OVER w AS r,
           lag(amount, 1, 0) OVER w AS prev
    FROM sales
    WINDOW w AS (PARTITION BY region ORDER BY amount DESC);
CREATE VIEW rollup_view AS
    SELECT region, product, sum(amount) AS total, GROUPING(region, product) AS g
    FROM sales GROUP BY ROLLUP (region, product);
CREATE VIEW sets_view AS
    SELECT region FROM sales
    EXCEPT
    SELECT region FROM reps
    INTERSECT
    SELECT region FROM targets;
CREATE VIEW joins_view AS
    SELECT s.id, r.name, t.target
    FROM sales s
    NATURAL JOIN reps r
    FULL JOIN targets t USING (product)
    WHERE s.amount BETWEEN 10 AND 1000 OR t.target IS NULL;
CREATE VIEW constants_view AS
    SELECT * FROM (VALUES (1, 'one', DATE '2024-01-01'), (2, 'two', NULL)) AS v (n, word, day)
    WHERE n IN (1, 2, 3);
CREATE VIEW paged AS
    SELECT id FROM sales ORDER BY amount DESC, id LIMIT 10 OFFSET 5;
CREATE VIEW fetched AS
    SELECT id FROM sales ORDER BY id FETCH FIRST 3 ROWS ONLY;
CREATE VIEW casts_view AS
    SELECT id::text AS id_text, amount::integer AS whole, sold_at::date AS day,
           '{1,2}'::int[] AS arr, interval '1 hour' * 2 AS two_hours,
           CAST('12:30' AS time) AS t, 1.5::float8 AS f, E'a\nb' AS esc, 'x'::char(3) AS ch,
           NULL::text AS nothing, true AND NOT false AS bools, -amount AS neg
    FROM sales;
CREATE VIEW nested AS
    WITH top AS MATERIALIZED (SELECT region, sum(amount) AS total FROM sales GROUP BY region),
         ranked AS NOT MATERIALIZED (SELECT region, total, dense_rank() OVER (ORDER BY total DESC) AS dr FROM top)
    SELECT region, total FROM ranked
    WHERE dr <= 3 AND region IN (SELECT region FROM reps WHERE name LIKE 'A%')
      AND EXISTS (SELECT 1 FROM targets t WHERE t.region = ranked.region AND t.target < ranked.total)
      AND total > ALL (SELECT target FROM targets WHERE target IS NOT NULL)
      AND total > (SELECT avg(total) FROM top);
CREATE FUNCTION sales_of(r text) RETURNS SETOF sales LANGUAGE sql STABLE AS 'SELECT * FROM sales WHERE region = r';
CREATE VIEW via_function AS
    SELECT f.id, f.amount, g.n FROM sales_of('north') f, generate_series(1, 3) AS g(n);
CREATE VIEW view_on_view AS
    SELECT rs.region, rs.total, lpr.product AS latest_product
    FROM region_stats rs JOIN latest_per_region lpr USING (region);
CREATE VIEW case_when AS
    SELECT id, CASE WHEN amount < 10 THEN 'low' WHEN amount < 100 THEN 'mid' END AS band,
           CASE region WHEN 'north' THEN 1 WHEN 'south' THEN 2 ELSE 0 END AS code,
           COALESCE(rep_id, -1) AS rep, NULLIF(region, '') AS reg, GREATEST(amount, 0) AS pos
    FROM sales;
