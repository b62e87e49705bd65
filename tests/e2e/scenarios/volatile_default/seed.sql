INSERT INTO events (kind, payload) SELECT 'kind' || (g % 7), 'payload ' || g FROM generate_series(1, 3000) g;
