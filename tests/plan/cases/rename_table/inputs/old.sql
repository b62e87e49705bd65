CREATE TABLE customer (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, tier text);
CREATE INDEX customer_tier_idx ON customer (tier);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer (id));
