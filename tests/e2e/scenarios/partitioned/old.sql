-- A partitioned table that gains, while both versions run: an index of
-- the partitioned table (each partition's built concurrently, then
-- attached), a primary key (the partitions' keys first, then the
-- parent's ON ONLY), a foreign key (NOT VALID + VALIDATE per partition,
-- then the parent's), a new partition (created standalone and attached);
-- and loses an index (dropped on the parent with its partitions').
CREATE TABLE regions (code text PRIMARY KEY);
CREATE SEQUENCE events_id_seq;
CREATE TABLE events (
    id bigint NOT NULL DEFAULT nextval('events_id_seq'),
    region text NOT NULL,
    kind text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
) PARTITION BY LIST (region);
CREATE TABLE events_us PARTITION OF events FOR VALUES IN ('us');
CREATE TABLE events_ap PARTITION OF events FOR VALUES IN ('ap');
CREATE INDEX events_created_idx ON events (created_at);
