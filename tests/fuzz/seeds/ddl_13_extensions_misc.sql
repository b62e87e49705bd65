-- 13: extensions in their own schema and the types and operators they
-- bring (resolved through search_path when unqualified; pg_dump omits an
-- index opclass that is the type's default, even an extension's), plus
-- objects the catalog may keep as text: aggregates, operators, collations,
-- rules, statistics, foreign servers and tables.

CREATE SCHEMA ext;
CREATE EXTENSION citext WITH SCHEMA ext;
CREATE EXTENSION hstore SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE EXTENSION postgres_fdw;

SET search_path = public, ext;
CREATE TABLE accounts (
    id uuid DEFAULT uuid_generate_v4() PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    attrs hstore DEFAULT ''::hstore,
    nick ext.citext,
    CHECK (email <> ''::citext)
);
CREATE INDEX accounts_attrs ON accounts USING gin (attrs);
CREATE INDEX accounts_attrs_gist ON accounts USING gist (attrs ext.gist_hstore_ops);
RESET search_path;

CREATE FUNCTION public.add_ints(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';
CREATE AGGREGATE public.my_sum(integer) (sfunc = public.add_ints, stype = integer, initcond = '0');
CREATE OPERATOR public.<+> (leftarg = integer, rightarg = integer, function = public.add_ints, commutator = OPERATOR(public.<+>));
CREATE COLLATION public.german (provider = libc, locale = 'C');
CREATE TABLE public.words (w text COLLATE public.german, ts tsvector);
CREATE INDEX words_ts ON public.words USING gin (ts);
CREATE STATISTICS public.words_stats (ndistinct) ON w, ts FROM public.words;
CREATE TABLE public.audit_sink (id integer);
CREATE RULE audit_sink_ignore AS ON INSERT TO public.audit_sink DO INSTEAD NOTHING;
CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'localhost', dbname 'other');
CREATE FOREIGN TABLE public.remote_items (id integer NOT NULL, name text) SERVER remote OPTIONS (schema_name 'public', table_name 'items');
COMMENT ON EXTENSION citext IS 'case-insensitive text';
COMMENT ON AGGREGATE public.my_sum(integer) IS 'sums';
