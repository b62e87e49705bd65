-- "Before" schema exercising every object kind the diff compares.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TYPE public.status AS ENUM ('new', 'open', 'closed', 'legacy');
CREATE DOMAIN public.price AS numeric(10,2) DEFAULT 0 CHECK (VALUE >= 0);
CREATE TYPE public.pair AS (a integer, b text);
CREATE SEQUENCE public.ticket_seq INCREMENT BY 1 CACHE 1;

CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE FUNCTION public.score(v integer) RETURNS integer LANGUAGE sql STABLE AS 'SELECT v * 2';
CREATE PROCEDURE public.cleanup() LANGUAGE sql AS 'DELETE FROM public.items WHERE false';

CREATE TABLE public.items (
    id integer NOT NULL,
    title text COLLATE "C",
    price public.price,
    status public.status DEFAULT 'new',
    total integer GENERATED ALWAYS AS (id * 2) STORED,
    updated_at timestamp with time zone,
    during tstzrange,
    CONSTRAINT items_pkey PRIMARY KEY (id),
    CONSTRAINT items_title_check CHECK (title <> ''),
    CONSTRAINT items_title_key UNIQUE (title) DEFERRABLE,
    CONSTRAINT items_no_overlap EXCLUDE USING gist (id WITH =, during WITH &&)
) WITH (fillfactor = 90);
COMMENT ON COLUMN public.items.title IS 'shown in lists';
CREATE INDEX items_title_idx ON public.items (title) WITH (fillfactor = 80);
CREATE TRIGGER items_touch BEFORE UPDATE ON public.items
    FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE TRIGGER items_audit AFTER INSERT ON public.items
    FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY items_read ON public.items FOR SELECT USING (status <> 'closed');
CREATE POLICY items_write ON public.items FOR UPDATE USING (true);

CREATE TABLE public.events (id bigint, at date NOT NULL);
CREATE TABLE public.log (id bigint, msg text);

CREATE VIEW public.open_items AS SELECT id, title FROM public.items WHERE status = 'open';
CREATE MATERIALIZED VIEW public.item_counts AS SELECT status, count(*) AS n FROM public.items GROUP BY status;
CREATE INDEX item_counts_status ON public.item_counts (status);

CREATE ROLE reader;
GRANT SELECT ON public.items TO reader;
GRANT SELECT ON public.log TO reader;
