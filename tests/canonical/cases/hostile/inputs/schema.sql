-- Names that must be quoted or escaped to survive.
CREATE SCHEMA "My Schema";
CREATE TABLE "My Schema"."<script>" (
    "user" integer NOT NULL,
    "order" text DEFAULT '; DROP TABLE x; --',
    "a""b" text,
    "; DROP TABLE x; --" integer,
    "CamelCase" integer,
    "with space" text,
    "café" text,
    "select" integer CONSTRAINT "odd ""check""" CHECK ("select" > 0)
);
ALTER TABLE "My Schema"."<script>" ADD CONSTRAINT "<script>_pkey" PRIMARY KEY ("user");
CREATE INDEX "Idx ""quoted""" ON "My Schema"."<script>" ("a""b", "CamelCase");
CREATE TABLE public."order" (id int PRIMARY KEY, "user" int REFERENCES "My Schema"."<script>"("user"));
COMMENT ON COLUMN "My Schema"."<script>"."a""b" IS 'it''s "quoted" \ backslash
and a newline';
CREATE TYPE public."Status" AS ENUM ('a''b', 'x"y', 'tab	tab');
COMMENT ON TABLE public."order" IS E'bell\x07, tab\t, nul-free \\ backslash, quote '' and "dq", unicode ☃';
CREATE VIEW "My Schema"."v""iew" AS SELECT "user" AS "<b>", "order" FROM "My Schema"."<script>";
CREATE SEQUENCE "My Schema"."Seq ""1""" START 3;
CREATE TABLE "My Schema"."T2" ("Id" bigint DEFAULT nextval('"My Schema"."Seq ""1"""'::regclass) NOT NULL, "from" "Status");
ALTER SEQUENCE "My Schema"."Seq ""1""" OWNED BY "My Schema"."T2"."Id";
CREATE DOMAIN "My Schema"."Dom ain" AS text CONSTRAINT "non empty" CHECK (VALUE <> '');
CREATE FUNCTION "My Schema"."Fn;--"("Arg one" "My Schema"."Dom ain", "select" int DEFAULT 0) RETURNS "My Schema"."Dom ain"
    LANGUAGE sql AS $f$ SELECT $1 || '$$' $f$;
CREATE INDEX "idx;drop" ON "My Schema"."T2" ("from") WHERE "Id" > 0;
