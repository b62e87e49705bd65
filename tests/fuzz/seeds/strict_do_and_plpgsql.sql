CREATE TABLE t (id uuid PRIMARY KEY, b int, b_rg_new bigint);
DO $$ DECLARE m uuid; n t%ROWTYPE; r record; BEGIN SELECT max(id) INTO m FROM t; FOR r IN SELECT * FROM t LOOP n := r; END LOOP; EXECUTE 'SELECT ' || quote_ident('x'); END $$;
DO $$ BEGIN IF THEN END $$;
DO LANGUAGE plpgsql $x$ DECLARE a int := (SELECT count(*) FROM nope); BEGIN RAISE NOTICE '%', a; END $x$;
DO $$ $$;
CREATE FUNCTION public.rollgate_sync_t() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN IF TG_OP = 'INSERT' THEN NEW.b_rg_new := (NEW.b)::bigint; ELSIF NEW.b IS DISTINCT FROM OLD.b THEN NEW.b_rg_new := NEW.nope; END IF; RETURN NEW; END $f$;
CREATE TRIGGER rollgate_sync_t BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_t();
CREATE FUNCTION public.rollgate_bad() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN $f$;
CREATE TRIGGER rollgate_bad BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION rollgate_bad();
