INSERT INTO members (email, display_name) SELECT 'member' || g || '@example.com', 'Member ' || g FROM generate_series(1, 3000) g;
