INSERT INTO people (name, email) SELECT 'person ' || g, 'p' || g || '@example.com' FROM generate_series(1, 3000) g;
