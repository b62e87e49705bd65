-- Rows for the review cases' base schema: rewrites and scans have
-- something to do, and every constraint the careful case validates holds.
INSERT INTO users (id, email, name) SELECT g, 'u' || g || '@example.com', 'user ' || g FROM generate_series(1, 200) g;
INSERT INTO orders (id, user_id, total, note) SELECT g, 1 + g % 200, g * 1.5, 'n' || g FROM generate_series(1, 500) g;
