CREATE TABLE events (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    kind text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_account_id_idx ON events (account_id);
CREATE INDEX events_kind_idx ON events (kind);
