SET lock_timeout = '5s';

-- undo step 12: public.posint
COMMENT ON DOMAIN public.posint IS NULL;

-- undo step 11: public.mood
COMMENT ON TYPE public.mood IS NULL;

-- undo step 10: app.v
COMMENT ON VIEW app.v IS NULL;

-- undo step 9: app.trg()
COMMENT ON FUNCTION app.trg() IS NULL;

-- undo step 8: app.t_m_idx
COMMENT ON INDEX app.t_m_idx IS NULL;

-- undo step 7: app.t.t_trg
COMMENT ON TRIGGER t_trg ON app.t IS 'gone';

-- undo step 6: app.t.t_pol
COMMENT ON POLICY t_pol ON app.t IS NULL;

-- undo step 5: app.t.t_id_check
COMMENT ON CONSTRAINT t_id_check ON app.t IS NULL;

-- undo step 4: app.t.m
COMMENT ON COLUMN app.t.m IS NULL;

-- undo step 3: app.t
COMMENT ON TABLE app.t IS 'old';

-- undo step 2: app.s
COMMENT ON SEQUENCE app.s IS NULL;

-- undo step 1: app
COMMENT ON SCHEMA app IS NULL;
