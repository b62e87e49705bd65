INSERT INTO users (email, legacy_flag) SELECT 'user' || g || '@example.com', g % 3 = 0 FROM generate_series(1, 3000) g;
INSERT INTO old_sessions (user_id, token) SELECT 1 + g % 3000, md5(g::text) FROM generate_series(1, 3000) g;
