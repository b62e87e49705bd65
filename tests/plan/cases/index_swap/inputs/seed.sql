INSERT INTO events SELECT g, 'k' || (g % 7), now() FROM generate_series(1, 1000) g;
