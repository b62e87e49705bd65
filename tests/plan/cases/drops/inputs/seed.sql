INSERT INTO users SELECT g, 'e' || g, g % 2 = 0, 'n' FROM generate_series(1, 500) g; INSERT INTO audit SELECT g, g, 'w' FROM generate_series(1, 100) g;
