CREATE TABLE clients (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, tier text);
CREATE INDEX clients_tier_idx ON clients (tier);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint CONSTRAINT orders_customer_id_fkey REFERENCES clients (id));
