SET lock_timeout = '5s';

-- step 1: public.sessions_id_seq (create_sequence)
CREATE SEQUENCE public.sessions_id_seq
    AS bigint
    START WITH 1
    INCREMENT BY 1
    MINVALUE 1
    MAXVALUE 9223372036854775807
    CACHE 1;

-- step 2: public.sessions (create_table)
CREATE TABLE public.sessions (
    id bigint DEFAULT nextval('public.sessions_id_seq'::regclass) NOT NULL,
    user_id bigint NOT NULL,
    token text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sessions_token_check CHECK (length(token) > 10)
);

-- step 3: public.sessions.sessions_pkey (add_primary_key)
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);

-- step 4: public.sessions.sessions_token_key (add_unique_constraint)
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_token_key UNIQUE (token);

-- step 5: public.session_count(bigint) (create_function)
CREATE FUNCTION public.session_count(uid bigint) RETURNS bigint
    LANGUAGE sql STABLE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE NOT LEAKPROOF COST 100
    AS $$ SELECT count(*) FROM sessions WHERE user_id = uid $$;

-- step 6: public.sessions_id_seq (alter_sequence_owned_by)
ALTER SEQUENCE public.sessions_id_seq OWNED BY public.sessions.id;

-- step 7: public.sessions_user_id_idx (create_index)
CREATE INDEX sessions_user_id_idx ON public.sessions USING btree (user_id);

-- step 8: public.sessions.sessions_user_id_fkey (add_foreign_key)
ALTER TABLE public.sessions ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);

-- step 9: public.active_sessions (create_view)
CREATE VIEW public.active_sessions AS
SELECT id, user_id FROM sessions;
