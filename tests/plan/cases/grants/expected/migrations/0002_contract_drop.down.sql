-- rollgate:lossy dropped tables come back empty
SET lock_timeout = '5s';

-- undo step 8: app.gone
CREATE TABLE app.gone (
    id bigint NOT NULL
);
ALTER TABLE ONLY app.gone
    ADD CONSTRAINT gone_pkey PRIMARY KEY (id);

-- undo step 7: table app.items
GRANT UPDATE ON TABLE app.items TO PUBLIC;

-- undo step 6: table app.gone
GRANT SELECT ON TABLE app.gone TO PUBLIC;
