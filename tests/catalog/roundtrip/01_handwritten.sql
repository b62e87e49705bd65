-- 01_handwritten: hand-written DDL checked against PostgreSQL 15.18 (pg_dump round trip,
-- rollgate diff sees no change either way). Run by tests/catalog/tests.cmake through
-- tests/pg/roundtrip.sh (which creates the roles app_user, app_admin, ...).
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('new', 'paid', 'void');
CREATE DOMAIN app.posint AS integer CHECK (VALUE > 0);
CREATE TYPE app.pair AS (a int, b text);
CREATE TABLE app.customers (
  id bigserial PRIMARY KEY,
  email varchar(200) NOT NULL UNIQUE,
  name text DEFAULT 'anon',
  created_at timestamptz NOT NULL DEFAULT now(),
  score numeric(10,2) CHECK (score >= 0),
  tags text[] DEFAULT '{}',
  flags int DEFAULT 0 NOT NULL
);
CREATE TABLE app.orders (
  id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES app.customers ON DELETE CASCADE,
  status app.status NOT NULL DEFAULT 'new',
  total numeric CHECK (total >= 0),
  qty app.posint,
  note text COLLATE "C",
  doubled numeric GENERATED ALWAYS AS (total * 2) STORED,
  CONSTRAINT orders_status_total CHECK (status <> 'void' OR total = 0),
  UNIQUE (customer_id, id)
);
CREATE INDEX ON app.orders (customer_id);
CREATE INDEX ON app.orders (lower(note));
CREATE UNIQUE INDEX orders_note_uniq ON app.orders (note) WHERE status IN ('new', 'paid');
CREATE INDEX orders_desc ON app.orders (total DESC NULLS LAST, id);
CREATE TABLE app.items (
  order_id int,
  line smallint,
  sku text,
  PRIMARY KEY (order_id, line),
  FOREIGN KEY (order_id) REFERENCES app.orders (id) DEFERRABLE INITIALLY DEFERRED
);
ALTER TABLE app.items ADD COLUMN price numeric(12,4) DEFAULT 0;
ALTER TABLE app.items ADD CONSTRAINT items_price_pos CHECK (price >= 0) NOT VALID;
CREATE VIEW app.big_orders AS SELECT o.id, o.total, c.email FROM app.orders o JOIN app.customers c ON c.id = o.customer_id WHERE o.total > 100;
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.created_at := now(); RETURN NEW; END $$;
CREATE TRIGGER customers_touch BEFORE UPDATE ON app.customers FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE FUNCTION app.add(a int, b int DEFAULT 1) RETURNS int IMMUTABLE STRICT LANGUAGE sql AS 'SELECT a + b';
CREATE FUNCTION app.secure() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = app, pg_temp AS 'SELECT 1';
ALTER TABLE app.customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON app.customers FOR SELECT USING (email = current_user);
COMMENT ON TABLE app.customers IS 'people';
COMMENT ON COLUMN app.customers.email IS 'login';
CREATE SEQUENCE app.counter INCREMENT 5 START 100 CACHE 10;
CREATE TABLE app.events (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.child (extra int) INHERITS (app.customers);
CREATE MATERIALIZED VIEW app.mv AS SELECT id FROM app.customers WITH NO DATA;
CREATE INDEX ON app.mv (id);
GRANT SELECT ON app.customers TO PUBLIC;
CREATE TABLE public.t2 (a int, b text);
ALTER TABLE public.t2 ADD PRIMARY KEY (a);
ALTER TABLE public.t2 ALTER COLUMN b SET NOT NULL;
ALTER TABLE public.t2 RENAME COLUMN b TO bb;
CREATE UNIQUE INDEX t2_bb ON public.t2 (bb);
ALTER TABLE public.t2 ADD CONSTRAINT t2_bb_key UNIQUE USING INDEX t2_bb;
