INSERT INTO users (email) SELECT 'user' || g || '@example.com' FROM generate_series(1, 3000) g;
