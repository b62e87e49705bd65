-- rollgate:lossy dropped column comes back empty
SET lock_timeout = '5s';

-- undo step 5: public.tokens
CREATE SEQUENCE public.tokens_id_seq
    AS bigint
    START WITH 1
    INCREMENT BY 1
    MINVALUE 1
    MAXVALUE 9223372036854775807
    CACHE 1;
CREATE TABLE public.tokens (
    id bigint DEFAULT nextval('public.tokens_id_seq'::regclass) NOT NULL,
    app_id integer NOT NULL,
    user_id bigint
);
ALTER TABLE ONLY public.tokens
    ADD CONSTRAINT tokens_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.tokens_id_seq OWNED BY public.tokens.id;
ALTER TABLE public.tokens ADD CONSTRAINT tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);

-- undo step 4: public.apps
CREATE SEQUENCE public.apps_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    MINVALUE 1
    MAXVALUE 2147483647
    CACHE 1;
CREATE TABLE public.apps (
    id integer DEFAULT nextval('public.apps_id_seq'::regclass) NOT NULL,
    user_id bigint
);
ALTER TABLE ONLY public.apps
    ADD CONSTRAINT apps_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.apps_id_seq OWNED BY public.apps.id;
ALTER TABLE public.apps ADD CONSTRAINT apps_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);

-- undo step 3: public.places.id
CREATE SEQUENCE public.places_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    MINVALUE 1
    MAXVALUE 2147483647
    CACHE 1;
ALTER TABLE public.places ADD COLUMN id integer DEFAULT nextval('public.places_id_seq'::regclass) NOT NULL;
ALTER SEQUENCE public.places_id_seq OWNED BY public.places.id;

-- undo step 2: public.tokens.tokens_app_id_fkey
ALTER TABLE public.tokens ADD CONSTRAINT tokens_app_id_fkey FOREIGN KEY (app_id) REFERENCES public.apps(id);

-- undo step 1: public.places.places_pkey
ALTER TABLE public.places ADD CONSTRAINT places_pkey PRIMARY KEY (id);
