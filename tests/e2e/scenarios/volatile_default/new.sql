CREATE TABLE events (
    id bigserial PRIMARY KEY,
    kind text NOT NULL,
    payload text,
    public_id uuid NOT NULL DEFAULT gen_random_uuid(),
    seen_at timestamptz DEFAULT clock_timestamp()
);
