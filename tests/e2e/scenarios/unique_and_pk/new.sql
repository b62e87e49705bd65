CREATE TABLE audit_log (
    id bigint NOT NULL,
    action text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT audit_log_pkey PRIMARY KEY (id)
);
CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email)
);
