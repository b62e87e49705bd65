-- 06: views written by hand. PostgreSQL stores a view as a rewritten
-- query tree and pg_dump prints pg_get_viewdef(): every column qualified,
-- `*` expanded, aliases spelled with AS, casts explicit, IN lists as
-- = ANY (ARRAY[...]), JOIN syntax normalised. rollgate must see the same view.

CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    country char(2),
    active boolean DEFAULT true,
    created_at timestamptz DEFAULT now()
);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES customers,
    total numeric(10,2) NOT NULL,
    status text NOT NULL,
    placed_at timestamptz NOT NULL
);
CREATE TABLE order_lines (
    order_id integer REFERENCES orders,
    line_no integer,
    sku text,
    qty integer,
    PRIMARY KEY (order_id, line_no)
);

CREATE VIEW all_customers AS SELECT * FROM customers;
CREATE VIEW active_customers AS
    select id, name from customers where active;
CREATE VIEW customer_orders AS
    SELECT c.name AS customer, o.id order_id, o.total
    FROM customers c JOIN orders o ON o.customer_id = c.id
    WHERE o.status IN ('paid', 'shipped') AND o.total > 10;
CREATE VIEW customer_totals (customer_id, n_orders, revenue) AS
    SELECT customer_id, count(*), sum(total)
    FROM orders
    GROUP BY customer_id
    HAVING count(*) > 1;
CREATE VIEW left_joined AS
    SELECT c.id, c.name, o.id AS oid
    FROM customers c LEFT JOIN orders o ON c.id = o.customer_id
    ORDER BY c.id;
CREATE VIEW big_spenders AS
    SELECT * FROM customers
    WHERE id IN (SELECT customer_id FROM orders WHERE total > 1000)
      AND country NOT IN ('XX', 'YY');
CREATE VIEW recent_orders AS
    WITH recent AS (
        SELECT * FROM orders WHERE placed_at > now() - interval '7 days'
    ), lines AS (
        SELECT order_id, sum(qty) AS units FROM order_lines GROUP BY order_id
    )
    SELECT r.id, r.total, l.units
    FROM recent r LEFT JOIN lines l ON l.order_id = r.id;
CREATE VIEW order_summary AS
    SELECT o.id,
           (SELECT count(*) FROM order_lines ol WHERE ol.order_id = o.id) AS n_lines,
           CASE WHEN o.total >= 100 THEN 'big' WHEN o.total >= 10 THEN 'medium' ELSE 'small' END AS size,
           o.total::integer AS rounded,
           coalesce(o.status, 'unknown') AS st,
           EXISTS (SELECT 1 FROM order_lines ol2 WHERE ol2.order_id = o.id AND ol2.qty > 5) AS has_bulk
    FROM orders o;
CREATE VIEW statuses AS
    SELECT DISTINCT status FROM orders
    UNION
    SELECT 'none'
    ORDER BY 1;
CREATE VIEW lateral_view AS
    SELECT c.id, last.placed_at
    FROM customers c
    CROSS JOIN LATERAL (SELECT placed_at FROM orders o WHERE o.customer_id = c.id ORDER BY placed_at DESC LIMIT 1) last;
CREATE VIEW ranked AS
    SELECT id, customer_id, row_number() OVER (PARTITION BY customer_id ORDER BY placed_at DESC) AS rn
    FROM orders;
CREATE VIEW using_join AS
    SELECT order_id, line_no, o.status FROM order_lines JOIN orders o ON o.id = order_lines.order_id
    WHERE sku LIKE 'A%' AND qty BETWEEN 1 AND 10;

CREATE VIEW updatable_customers AS
    SELECT id, name, country FROM customers WHERE country = 'DE'
    WITH LOCAL CHECK OPTION;
CREATE VIEW secure_customers WITH (security_barrier = true) AS
    SELECT id, name FROM customers WHERE active;
CREATE OR REPLACE VIEW active_customers AS
    select id, name, country from customers where active;
CREATE RECURSIVE VIEW countdown (n) AS
    VALUES (10) UNION ALL SELECT n - 1 FROM countdown WHERE n > 1;

CREATE MATERIALIZED VIEW sales_by_country AS
    SELECT c.country, sum(o.total) AS revenue, count(DISTINCT c.id) AS customers
    FROM customers c JOIN orders o ON o.customer_id = c.id
    GROUP BY c.country
WITH NO DATA;
CREATE UNIQUE INDEX sales_by_country_country ON sales_by_country (country);
CREATE MATERIALIZED VIEW order_days AS
    SELECT date_trunc('day', placed_at) AS day, count(*) AS n FROM orders GROUP BY 1;
CREATE INDEX order_days_day ON order_days (day DESC);

-- A view over a view, and a view dropped.
CREATE VIEW top_customers AS SELECT customer, sum(total) AS spent FROM customer_orders GROUP BY customer;
CREATE VIEW temp_view AS SELECT 1 AS one;
DROP VIEW temp_view;
ALTER VIEW all_customers RENAME TO every_customer;
ALTER VIEW every_customer ALTER COLUMN active SET DEFAULT false;
COMMENT ON VIEW customer_orders IS 'paid or shipped orders with their customer';
COMMENT ON MATERIALIZED VIEW sales_by_country IS 'refresh nightly';
COMMENT ON COLUMN customer_orders.total IS 'order total';
