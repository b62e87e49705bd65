INSERT INTO accounts SELECT g, 'login' || g FROM generate_series(1, 2500) g; INSERT INTO tags SELECT 't' || g, 'l' FROM generate_series(1, 100) g;
