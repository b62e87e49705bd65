INSERT INTO users SELECT g FROM generate_series(1, 2000) g;
SELECT setval('users_id_seq', 2000);
INSERT INTO apps (user_id) SELECT 1 + g % 2000 FROM generate_series(1, 1000) g;
INSERT INTO tokens (app_id, user_id) SELECT 1 + g % 1000, 1 + g % 2000 FROM generate_series(1, 3000) g;
INSERT INTO places (name) SELECT 'place ' || g FROM generate_series(1, 1000) g;
