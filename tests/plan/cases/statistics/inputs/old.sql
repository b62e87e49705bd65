CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id integer NOT NULL,
    region text,
    city text,
    zip text,
    legacy integer
);
CREATE STATISTICS orders_region_city ON region, city FROM orders;
CREATE STATISTICS orders_zip_city (dependencies) ON zip, city FROM orders;
CREATE STATISTICS orders_old ON customer_id, zip FROM orders;
CREATE STATISTICS orders_legacy ON legacy, region FROM orders;
CREATE STATISTICS orders_lower ON (lower(city)) FROM orders;
COMMENT ON STATISTICS orders_lower IS 'case-blind city';
