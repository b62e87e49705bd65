INSERT INTO logs SELECT 'line ' || g, now() FROM generate_series(1, 500) g;
