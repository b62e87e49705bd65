SET lock_timeout = '5s';

-- undo step 5: table app.items
REVOKE INSERT (name) ON TABLE app.items FROM PUBLIC;

-- undo step 4: table app.fresh
REVOKE SELECT ON TABLE app.fresh FROM PUBLIC;

-- undo step 3: sequence app.ticket_seq
REVOKE SELECT ON SEQUENCE app.ticket_seq FROM PUBLIC;

-- undo step 2: app.fresh.fresh_pkey
ALTER TABLE app.fresh DROP CONSTRAINT fresh_pkey;

-- undo step 1: app.fresh
DROP TABLE app.fresh;
