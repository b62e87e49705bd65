-- Fixed case of the report tests: a small release with a hostile table name.
CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    email text
);
CREATE TABLE public."<script>alert(1)</script>" (
    id integer PRIMARY KEY
);
