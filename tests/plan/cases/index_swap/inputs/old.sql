CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
CREATE INDEX events_kind_idx ON events (kind);
