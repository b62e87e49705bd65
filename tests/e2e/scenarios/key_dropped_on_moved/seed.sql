INSERT INTO events (stream_ordering, event_id, room) SELECT g, '$ev' || g, 'room' || (g % 17) FROM generate_series(1, 3000) g;
