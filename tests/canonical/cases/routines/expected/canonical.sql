-- canonical DDL written by rollgate
SET check_function_bodies = false;

-- functions
CREATE FUNCTION public.dollars(s text DEFAULT 'a$$b') RETURNS text
    LANGUAGE sql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE NOT LEAKPROOF COST 100
    AS $$SELECT s || '$_$'$$;
CREATE FUNCTION public."trg fn"() RETURNS trigger
    LANGUAGE plpgsql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE NOT LEAKPROOF COST 100
    AS $$ BEGIN RETURN NULL; END $$;

-- tables
SELECT pg_catalog.set_config('search_path', 'public', false);
CREATE TABLE public."T ab" (
    "A" integer,
    b text
);

-- views
CREATE VIEW public.v (c1, "C 2") AS
SELECT "A", "A" + 1 FROM "T ab";
CREATE VIEW public."V w" AS
SELECT "A" AS "Weird ""col""" FROM "T ab"
  WITH LOCAL CHECK OPTION;
CREATE FUNCTION public."Count"() RETURNS bigint
    LANGUAGE sql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE NOT LEAKPROOF COST 100
BEGIN ATOMIC
  SELECT count(*) FROM "T ab";  -- a comment; with a semicolon
END;
CREATE FUNCTION public.plus1(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE NOT LEAKPROOF COST 100
RETURN x + 1;

-- triggers and policies
CREATE TRIGGER "Trig" AFTER INSERT OR UPDATE OF "A" ON public."T ab" FOR EACH STATEMENT EXECUTE FUNCTION public."trg fn"('a''b', 'c');
CREATE TRIGGER t2 BEFORE DELETE ON public."T ab" FOR EACH ROW WHEN (old."A" > 0) EXECUTE FUNCTION public."trg fn"();
ALTER TABLE public."T ab" DISABLE TRIGGER t2;
CREATE POLICY "Pol" ON public."T ab" AS RESTRICTIVE FOR UPDATE TO "Some Role", CURRENT_USER USING ("A" > 0) WITH CHECK ("A" < 10);
ALTER TABLE public."T ab" ENABLE ROW LEVEL SECURITY;
ALTER TABLE public."T ab" FORCE ROW LEVEL SECURITY;

-- comments and privileges
COMMENT ON FUNCTION public."Count"() IS 'counts';
COMMENT ON TRIGGER "Trig" ON public."T ab" IS 'trig';
COMMENT ON POLICY "Pol" ON public."T ab" IS 'pol';
COMMENT ON COLUMN public."V w"."Weird ""col""" IS 'x';
GRANT EXECUTE ON FUNCTION public.plus1(integer) TO PUBLIC;
GRANT USAGE ON SCHEMA public TO "R2" WITH GRANT OPTION;
GRANT SELECT ("A") ON TABLE public."T ab" TO "Some Role";
GRANT SELECT (b) ON TABLE public."T ab" TO "Some Role";
RESET search_path;
