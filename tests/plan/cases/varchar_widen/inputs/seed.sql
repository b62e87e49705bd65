INSERT INTO users SELECT g, 'a' || g, 'b' FROM generate_series(1, 1000) g;
