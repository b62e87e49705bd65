INSERT INTO people SELECT g, 'happy' FROM generate_series(1, 100) g;
