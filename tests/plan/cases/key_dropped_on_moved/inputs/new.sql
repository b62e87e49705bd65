CREATE TABLE events (stream_ordering bigint, event_id text NOT NULL, room text);
CREATE UNIQUE INDEX events_stream_ordering ON events (stream_ordering);
CREATE INDEX events_room_so_idx ON events (room, stream_ordering);
CREATE UNIQUE INDEX events_event_id_key ON events (event_id);
