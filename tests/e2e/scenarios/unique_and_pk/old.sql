-- audit_log has no primary key yet; users.email is not unique yet.
CREATE TABLE audit_log (
    id bigint NOT NULL,
    action text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email text NOT NULL
);
