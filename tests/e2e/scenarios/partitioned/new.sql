CREATE TABLE regions (code text PRIMARY KEY);
CREATE SEQUENCE events_id_seq;
CREATE TABLE events (
    id bigint NOT NULL DEFAULT nextval('events_id_seq'),
    region text NOT NULL,
    kind text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, region),
    FOREIGN KEY (region) REFERENCES regions (code)
) PARTITION BY LIST (region);
CREATE TABLE events_us PARTITION OF events FOR VALUES IN ('us');
CREATE TABLE events_ap PARTITION OF events FOR VALUES IN ('ap');
CREATE TABLE events_eu PARTITION OF events FOR VALUES IN ('eu');
CREATE INDEX events_kind_idx ON events (kind, created_at);
