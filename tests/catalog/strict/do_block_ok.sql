-- expect: ok
CREATE TABLE t (id bigint);
DO $$ DECLARE m bigint; BEGIN SELECT max(id) INTO m FROM t; IF m IS NULL THEN RETURN; END IF; END $$;
