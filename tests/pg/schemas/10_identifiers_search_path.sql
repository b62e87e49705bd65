-- 10: quoted, upper-case and hostile identifiers, and several schemas with
-- search_path switched between statements: unqualified names resolve
-- through the search_path in effect at each statement, as on the server.

CREATE SCHEMA app;
CREATE SCHEMA "Reporting";
CREATE SCHEMA "we""ird schema";

SET search_path = app;
CREATE TABLE users (id integer PRIMARY KEY, name text);          -- app.users
CREATE TABLE "Users" ("ID" integer PRIMARY KEY, "Name" text);    -- app."Users"
CREATE SEQUENCE counters;

SET search_path TO "Reporting", app;
CREATE TABLE daily (day date PRIMARY KEY, n integer REFERENCES users (id)); -- "Reporting".daily -> app.users
CREATE INDEX daily_n ON daily (n);
CREATE VIEW daily_users AS SELECT d.day, u.name FROM daily d JOIN users u ON u.id = d.n;

SET search_path = public;
CREATE TABLE users (id bigint PRIMARY KEY, email text);          -- public.users
CREATE TABLE "MixedCase" ("Id" integer PRIMARY KEY, "camelColumn" text, lower_col text, "UPPER" text);
CREATE TABLE "select" ("from" integer, "where" text, "order" text, "user" text, "group" integer);
CREATE TABLE "with space" ("a column" integer, "a""quote" text, "semi;colon" text, "dash-ed" text);
CREATE TABLE "naïve_ünïcode" ("größe" integer, "名前" text);
CREATE TABLE "dotted.name" ("x.y" integer);
CREATE TABLE "$dollar" ("$1" integer, "_under" text, "trailing " text);
CREATE TABLE "-- not a comment" ("/* nor this */" text);
CREATE TABLE "UPPER_TABLE" (id integer);
CREATE TABLE upper_table (id integer);
CREATE TABLE "a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk" (id integer);
CREATE TABLE "we""ird schema"."we""ird table" ("we""ird col" integer CONSTRAINT "we""ird check" CHECK ("we""ird col" > 0));
CREATE INDEX "Mixed Index" ON "MixedCase" ("camelColumn" DESC);
CREATE INDEX ON "with space" ("a column");
CREATE INDEX ON "select" ("from", "where");
ALTER TABLE "MixedCase" ADD CONSTRAINT "MixedCase_camel_key" UNIQUE ("camelColumn");
ALTER TABLE "MixedCase" ADD CONSTRAINT "Check Me" CHECK ("UPPER" = upper("UPPER"));
ALTER TABLE "select" ADD CONSTRAINT "select_from_fkey" FOREIGN KEY ("from") REFERENCES "MixedCase" ("Id");
CREATE TYPE "Enum Type" AS ENUM ('A', 'b');
ALTER TABLE "select" ADD COLUMN "enum" "Enum Type" DEFAULT 'A';
CREATE VIEW "View With Space" AS SELECT "from" AS "From", "where" FROM "select" WHERE "order" = 'x';
CREATE FUNCTION "Add One"("X" integer) RETURNS integer LANGUAGE sql AS $$ SELECT "X" + 1 $$;

SET search_path = "we""ird schema", public;
CREATE TABLE refs (id integer PRIMARY KEY, uid bigint REFERENCES users); -- -> public.users
ALTER TABLE "we""ird table" ADD COLUMN ref integer REFERENCES refs;

-- set_config as pg_dump writes it, then schema-qualified everything.
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE app.posts (id integer PRIMARY KEY, author integer REFERENCES app.users, "Title" text);
CREATE INDEX posts_title ON app.posts USING btree ("Title");
RESET search_path;
CREATE TABLE back_in_public (id integer);

SET search_path = app, public;
ALTER TABLE users ADD COLUMN created_at timestamptz;   -- app.users
ALTER TABLE "Users" RENAME TO "Users2";
ALTER TABLE public."MixedCase" RENAME COLUMN lower_col TO "Lower Col";
ALTER TABLE back_in_public SET SCHEMA app;

COMMENT ON TABLE "we""ird schema"."we""ird table" IS 'a table with a ''quoted'' comment; and -- dashes';
COMMENT ON COLUMN public."MixedCase"."camelColumn" IS E'line one\nline two';
COMMENT ON SCHEMA "Reporting" IS 'reports';
