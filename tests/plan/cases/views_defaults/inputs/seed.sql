INSERT INTO items SELECT g, g % 20, 2 FROM generate_series(1, 1000) g;
