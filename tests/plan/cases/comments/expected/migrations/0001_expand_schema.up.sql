SET lock_timeout = '5s';

-- step 1: app (comment_on_schema)
COMMENT ON SCHEMA app IS 'the app';

-- step 2: app.s (comment_on_table)
COMMENT ON SEQUENCE app.s IS 'tickets';

-- step 3: app.t (comment_on_table)
COMMENT ON TABLE app.t IS 'new';

-- step 4: app.t.m (comment_on_column)
COMMENT ON COLUMN app.t.m IS 'how it feels';

-- step 5: app.t.t_id_check (comment_on_constraint)
COMMENT ON CONSTRAINT t_id_check ON app.t IS 'ids are positive';

-- step 6: app.t.t_pol (comment_on_policy)
COMMENT ON POLICY t_pol ON app.t IS 'everyone';

-- step 7: app.t.t_trg (comment_on_trigger)
COMMENT ON TRIGGER t_trg ON app.t IS NULL;

-- step 8: app.t_m_idx (comment_on_table)
COMMENT ON INDEX app.t_m_idx IS 'by mood';

-- step 9: app.trg() (comment_on_function)
COMMENT ON FUNCTION app.trg() IS 'does nothing';

-- step 10: app.v (comment_on_table)
COMMENT ON VIEW app.v IS 'ids';

-- step 11: public.mood (comment_on_type)
COMMENT ON TYPE public.mood IS 'feelings';

-- step 12: public.posint (comment_on_type)
COMMENT ON DOMAIN public.posint IS 'positive';
