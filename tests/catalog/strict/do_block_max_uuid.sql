-- expect: 3 42883 function max(uuid) does not exist
CREATE TABLE t (id uuid);
DO $$ DECLARE m uuid; BEGIN SELECT max(id) INTO m FROM t; END $$;
