CREATE TABLE counters (
    id bigserial PRIMARY KEY,
    page text NOT NULL,
    hits bigint NOT NULL DEFAULT 0
);
CREATE INDEX counters_hits_idx ON counters (hits);
