CREATE SCHEMA "<script>alert(1)</script>";
CREATE SCHEMA "; DROP TABLE sentinel; --";
CREATE TABLE "<script>alert(1)</script>"."x(1)" (
    id integer PRIMARY KEY,
    "'); DROP TABLE sentinel; --" text DEFAULT '''); DROP TABLE sentinel; --',
    "a""b" text,
    "back\slash" text,
    "ünï©ødé 表" text,
    "%s%n" integer CHECK ("%s%n" > 0),
    "new; DROP TABLE sentinel; --" text,
    "n(1)" integer DEFAULT 0 NOT NULL
);
CREATE TABLE "; DROP TABLE sentinel; --"."a.b" (
    id bigint PRIMARY KEY,
    "x(1)_id" integer REFERENCES "<script>alert(1)</script>"."x(1)" (id),
    "select" text,
    "very_long_column_name_that_is_exactly_sixty_three_bytes_long_xx" text
);
CREATE INDEX "i; DROP TABLE sentinel; --" ON "; DROP TABLE sentinel; --"."a.b" ("select");
CREATE INDEX "j(1) */ DROP TABLE sentinel; /*" ON "<script>alert(1)</script>"."x(1)" ("a""b", "back\slash");
CREATE TYPE public."Stat""us" AS ENUM ('a''b', '<i>', '; DROP TABLE sentinel; --', '$$; DROP TABLE sentinel; $$');
CREATE TYPE public."Co""mp <x>" AS (a integer, "b; DROP TABLE sentinel; --" text);
CREATE TABLE public."user" (id integer PRIMARY KEY, "st" public."Stat""us", "c" public."Co""mp <x>", "ünï©ødé 表" text);
CREATE SEQUENCE public."seq */ DROP TABLE sentinel; /*";
CREATE VIEW public."v(1)" AS SELECT id, "a""b" AS "<b>", "n(1)" FROM "<script>alert(1)</script>"."x(1)";
CREATE FUNCTION public."f(x); DROP TABLE sentinel; --"("a b" integer) RETURNS integer
    LANGUAGE sql AS $f$ SELECT $1 + 2 $f$;
CREATE TABLE public."a table with a name longer than sixty-three bytes is truncated by postgres"
    (id integer, "'" text);
COMMENT ON TABLE public."user" IS '''; DROP TABLE sentinel; -- <script> changed';
