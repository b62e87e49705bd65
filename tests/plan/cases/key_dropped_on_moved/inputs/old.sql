CREATE TABLE events (stream_ordering integer NOT NULL, event_id text NOT NULL, room text);
ALTER TABLE ONLY events ADD CONSTRAINT events_pkey PRIMARY KEY (stream_ordering);
CREATE INDEX events_room_so_idx ON events (room, stream_ordering);
CREATE INDEX events_old_idx ON events ((stream_ordering % 100));
CREATE UNIQUE INDEX events_event_id_key ON events (event_id);
