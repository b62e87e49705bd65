INSERT INTO users SELECT g, 'e' || g, 'p' FROM generate_series(1, 500) g;
