SET lock_timeout = '5s';

-- step 6: table app.gone (revoke)
REVOKE SELECT ON TABLE app.gone FROM PUBLIC;

-- step 7: table app.items (revoke)
REVOKE UPDATE ON TABLE app.items FROM PUBLIC;

-- step 8: app.gone (drop_table)
DROP TABLE app.gone;
