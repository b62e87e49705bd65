CREATE TYPE event_kind AS ENUM ('signup', 'login', 'logout');
CREATE TABLE events (
    id bigserial PRIMARY KEY,
    kind event_kind NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
