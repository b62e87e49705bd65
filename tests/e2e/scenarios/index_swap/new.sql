CREATE TABLE events (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    kind text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_account_id_created_at_idx ON events (account_id, created_at DESC);
CREATE INDEX events_signups_idx ON events (created_at) WHERE kind = 'signup';
