-- canonical DDL written by rollgate
SET check_function_bodies = false;

-- schemas
CREATE SCHEMA "My Schema";

-- types
CREATE DOMAIN "My Schema"."Dom ain" AS text
    CONSTRAINT "non empty" CHECK (value <> '');
CREATE TYPE public."Status" AS ENUM (
    'a''b',
    'x"y',
    'tab	tab'
);

-- functions
CREATE FUNCTION "My Schema"."Fn;--"("Arg one" "My Schema"."Dom ain", "select" integer DEFAULT 0) RETURNS "My Schema"."Dom ain"
    LANGUAGE sql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE NOT LEAKPROOF COST 100
    AS $_$ SELECT $1 || '$$' $_$;

-- sequences
CREATE SEQUENCE "My Schema"."Seq ""1"""
    AS bigint
    START WITH 3
    INCREMENT BY 1
    MINVALUE 1
    MAXVALUE 9223372036854775807
    CACHE 1;

-- tables
SELECT pg_catalog.set_config('search_path', 'public', false);
CREATE TABLE "My Schema"."<script>" (
    "user" integer NOT NULL,
    "order" text DEFAULT '; DROP TABLE x; --',
    "a""b" text,
    "; DROP TABLE x; --" integer,
    "CamelCase" integer,
    "with space" text,
    "café" text,
    "select" integer,
    CONSTRAINT "odd ""check""" CHECK ("select" > 0)
);
CREATE TABLE "My Schema"."T2" (
    "Id" bigint DEFAULT nextval('"My Schema"."Seq ""1"""'::regclass) NOT NULL,
    "from" public."Status"
);
CREATE TABLE public."order" (
    id integer NOT NULL,
    "user" integer
);
ALTER SEQUENCE "My Schema"."Seq ""1""" OWNED BY "My Schema"."T2"."Id";

-- keys and indexes
ALTER TABLE ONLY "My Schema"."<script>"
    ADD CONSTRAINT "<script>_pkey" PRIMARY KEY ("user");
ALTER TABLE ONLY public."order"
    ADD CONSTRAINT order_pkey PRIMARY KEY (id);
CREATE INDEX "Idx ""quoted""" ON "My Schema"."<script>" USING btree ("a""b", "CamelCase");
CREATE INDEX "idx;drop" ON "My Schema"."T2" USING btree ("from") WHERE ("Id" > 0);

-- foreign keys
ALTER TABLE ONLY public."order"
    ADD CONSTRAINT order_user_fkey FOREIGN KEY ("user") REFERENCES "My Schema"."<script>"("user");

-- views
CREATE VIEW "My Schema"."v""iew" AS
SELECT "user" AS "<b>", "order" FROM "My Schema"."<script>";

-- comments and privileges
COMMENT ON COLUMN "My Schema"."<script>"."a""b" IS 'it''s "quoted" \ backslash
and a newline';
COMMENT ON TABLE public."order" IS 'bell, tab	, nul-free \ backslash, quote '' and "dq", unicode ☃';
RESET search_path;
