-- Fixed case of the report tests: a small release with a hostile table name.
CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    email character varying(200),
    created_at timestamp with time zone
);
CREATE TABLE public."<script>alert(1)</script>" (
    id integer PRIMARY KEY,
    note text
);
CREATE INDEX users_name_idx ON public.users (name);
