INSERT INTO users SELECT g, 'U' || g || '@X.org' FROM generate_series(1, 2500) g;
