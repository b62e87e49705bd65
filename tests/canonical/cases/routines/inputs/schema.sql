-- SQL-standard bodies, view column lists, triggers, policies and grants
-- with names that need quoting.
CREATE TABLE "T ab" ("A" int, b text);
CREATE FUNCTION plus1(x int) RETURNS int LANGUAGE sql IMMUTABLE RETURN x + 1;
CREATE FUNCTION "Count"() RETURNS bigint LANGUAGE sql
BEGIN ATOMIC
  SELECT count(*) FROM "T ab";  -- a comment; with a semicolon
END;
CREATE FUNCTION "trg fn"() RETURNS trigger LANGUAGE plpgsql AS $_$ BEGIN RETURN NULL; END $_$;
CREATE FUNCTION dollars(s text DEFAULT 'a$$b') RETURNS text LANGUAGE sql AS $$SELECT s || '$_$'$$;
CREATE VIEW v (c1, "C 2") AS SELECT "A", "A" + 1 FROM "T ab";
CREATE VIEW "V w" AS SELECT "A" AS "Weird ""col""" FROM "T ab" WITH LOCAL CHECK OPTION;
COMMENT ON COLUMN "V w"."Weird ""col""" IS 'x';
CREATE TRIGGER "Trig" AFTER INSERT OR UPDATE OF "A" ON "T ab" FOR EACH STATEMENT EXECUTE FUNCTION "trg fn"('a''b', 'c');
CREATE TRIGGER t2 BEFORE DELETE ON "T ab" FOR EACH ROW WHEN (OLD."A" > 0) EXECUTE FUNCTION "trg fn"();
ALTER TABLE "T ab" DISABLE TRIGGER t2;
CREATE POLICY "Pol" ON "T ab" AS RESTRICTIVE FOR UPDATE TO "Some Role", current_user USING ("A" > 0) WITH CHECK ("A" < 10);
ALTER TABLE "T ab" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "T ab" FORCE ROW LEVEL SECURITY;
GRANT SELECT ("A", b) ON "T ab" TO "Some Role";
GRANT EXECUTE ON FUNCTION plus1(int) TO PUBLIC;
GRANT USAGE ON SCHEMA public TO "R2" WITH GRANT OPTION;
COMMENT ON FUNCTION "Count"() IS 'counts';
COMMENT ON TRIGGER "Trig" ON "T ab" IS 'trig';
COMMENT ON POLICY "Pol" ON "T ab" IS 'pol';
