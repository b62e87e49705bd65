INSERT INTO counters SELECT g, g * 10, g / 3.0 FROM generate_series(1, 2500) g;
