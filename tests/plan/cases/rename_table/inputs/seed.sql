INSERT INTO customer (email, tier) SELECT 'e' || g, 't' FROM generate_series(1, 300) g; INSERT INTO orders SELECT g, g FROM generate_series(1, 300) g;
