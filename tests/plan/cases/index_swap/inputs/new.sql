CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
CREATE INDEX events_kind_at_idx ON events (kind, at DESC) WHERE kind <> 'noise';
