SET lock_timeout = '5s';

-- step 1: app.fresh (create_table)
CREATE TABLE app.fresh (
    id bigint NOT NULL
);

-- step 2: app.fresh.fresh_pkey (add_primary_key)
ALTER TABLE ONLY app.fresh
    ADD CONSTRAINT fresh_pkey PRIMARY KEY (id);

-- step 3: sequence app.ticket_seq (grant)
GRANT SELECT ON SEQUENCE app.ticket_seq TO PUBLIC;

-- step 4: table app.fresh (grant)
GRANT SELECT ON TABLE app.fresh TO PUBLIC;

-- step 5: table app.items (grant)
GRANT INSERT (name) ON TABLE app.items TO PUBLIC;
