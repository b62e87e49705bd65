CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id integer NOT NULL,
    region text,
    city text,
    zip text
);
CREATE STATISTICS orders_region_city ON region, city FROM orders;
ALTER STATISTICS orders_region_city SET STATISTICS 1000;
CREATE STATISTICS orders_zip_city (ndistinct, dependencies) ON zip, city FROM orders;
CREATE STATISTICS orders_customer_region (mcv) ON customer_id, (upper(region)) FROM orders;
COMMENT ON STATISTICS orders_customer_region IS 'who buys where';
CREATE STATISTICS orders_lower ON (lower(city)) FROM orders;
COMMENT ON STATISTICS orders_lower IS 'city, any case';

CREATE TABLE shipments (
    id bigint PRIMARY KEY,
    carrier text,
    service text
);
CREATE STATISTICS shipments_carrier_service ON carrier, service FROM shipments;
