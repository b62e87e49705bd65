-- 02: every constraint kind, with implicit names (PostgreSQL picks them:
-- table_col_key, table_pkey, table_col_fkey, table_col_check, and for
-- long names truncation to 63 bytes and a numeric suffix on collision)
-- and explicit names; NOT VALID, DEFERRABLE, NULLS NOT DISTINCT, EXCLUDE.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE,
    handle text CONSTRAINT users_handle_unique UNIQUE,
    age integer CHECK (age >= 0),
    score numeric CHECK (score BETWEEN 0 AND 100),
    tenant integer NOT NULL,
    external_code text,
    UNIQUE (tenant, external_code),
    CHECK (email <> handle)
);

CREATE TABLE orgs (
    id integer,
    name text NOT NULL,
    CONSTRAINT orgs_primary PRIMARY KEY (id),
    CONSTRAINT orgs_name_key UNIQUE NULLS NOT DISTINCT (name)
);

CREATE TABLE memberships (
    user_id bigint REFERENCES users ON DELETE CASCADE,
    org_id integer REFERENCES orgs (id) ON UPDATE RESTRICT ON DELETE SET NULL,
    role text DEFAULT 'member' NOT NULL,
    invited_by bigint,
    PRIMARY KEY (user_id, org_id),
    FOREIGN KEY (invited_by) REFERENCES users (id) MATCH FULL ON DELETE SET DEFAULT DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT memberships_role_check CHECK (role IN ('member', 'admin', 'owner'))
);

-- Composite foreign key with an explicit name, deferrable, not yet valid.
CREATE TABLE org_units (
    org_id integer NOT NULL,
    unit_no integer NOT NULL,
    parent_unit integer,
    PRIMARY KEY (org_id, unit_no)
);
ALTER TABLE org_units ADD CONSTRAINT org_units_parent_fk
    FOREIGN KEY (org_id, parent_unit) REFERENCES org_units (org_id, unit_no)
    DEFERRABLE INITIALLY IMMEDIATE NOT VALID;
ALTER TABLE org_units ADD CONSTRAINT org_units_unit_positive CHECK (unit_no > 0) NOT VALID;
ALTER TABLE org_units ADD CHECK (parent_unit <> unit_no);

-- Exclusion constraints (gist over a range, and btree_gist for =).
CREATE TABLE bookings (
    id integer PRIMARY KEY,
    room integer NOT NULL,
    during tstzrange NOT NULL,
    EXCLUDE USING gist (room WITH =, during WITH &&)
);
CREATE TABLE reservations (
    id integer PRIMARY KEY,
    spot box,
    cancelled boolean DEFAULT false,
    CONSTRAINT reservations_no_overlap EXCLUDE USING gist (spot WITH &&) WHERE (NOT cancelled)
);

-- Long names: implicit constraint names are built from table and column
-- names and truncated to 63 bytes (NAMEDATALEN - 1) by PostgreSQL; two
-- that truncate to the same name get a numeric suffix.
CREATE TABLE a_table_with_a_really_quite_extraordinarily_long_name_for_tests (
    a_column_with_an_equally_long_and_descriptive_name_number_one integer UNIQUE,
    a_column_with_an_equally_long_and_descriptive_name_number_two integer UNIQUE,
    short_col integer CHECK (short_col > 0),
    other_short integer CHECK (other_short > 0),
    id integer PRIMARY KEY,
    ref_to_users_identifier_with_a_long_name_as_well bigint REFERENCES users (id)
);
CREATE TABLE another_table_with_a_really_long_name_that_will_be_truncated_x (
    id integer PRIMARY KEY,
    value integer,
    CHECK (value > 0),
    CHECK (value < 1000)
);
-- An explicit name longer than 63 bytes is truncated too (with a NOTICE).
ALTER TABLE another_table_with_a_really_long_name_that_will_be_truncated_x
    ADD CONSTRAINT this_constraint_name_is_far_too_long_and_postgresql_will_cut_it_off_here UNIQUE (value);

-- Constraints added by ALTER TABLE with implicit names.
CREATE TABLE products (
    id integer NOT NULL,
    sku text,
    org_id integer,
    price numeric(10,2)
);
ALTER TABLE products ADD PRIMARY KEY (id);
ALTER TABLE products ADD UNIQUE (sku);
ALTER TABLE products ADD FOREIGN KEY (org_id) REFERENCES orgs;
ALTER TABLE products ADD CHECK (price > 0);
ALTER TABLE products ADD CONSTRAINT products_sku_org_key UNIQUE (sku, org_id) DEFERRABLE;

-- PRIMARY KEY / UNIQUE with INCLUDE and index parameters.
CREATE TABLE audit (
    id bigint,
    at timestamptz NOT NULL,
    actor text,
    CONSTRAINT audit_pkey PRIMARY KEY (id) INCLUDE (at) WITH (fillfactor = 80),
    UNIQUE (actor, at)
);

-- A constraint dropped and another renamed.
ALTER TABLE users ADD CONSTRAINT users_tmp_check CHECK (tenant > 0);
ALTER TABLE users DROP CONSTRAINT users_tmp_check;
ALTER TABLE products RENAME CONSTRAINT products_price_check TO products_price_positive;

-- NO INHERIT check, and a validated-later constraint.
CREATE TABLE notes (id integer PRIMARY KEY, body text, CONSTRAINT notes_body_check CHECK (length(body) < 10000) NO INHERIT);
ALTER TABLE notes ADD CONSTRAINT notes_id_check CHECK (id > 0) NOT VALID;
ALTER TABLE notes VALIDATE CONSTRAINT notes_id_check;
