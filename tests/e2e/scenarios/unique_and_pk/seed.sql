INSERT INTO audit_log (id, action, at) SELECT g, 'action ' || g, now() - g * interval '1 second' FROM generate_series(1, 3000) g;
INSERT INTO users (email) SELECT 'user' || g || '@example.com' FROM generate_series(1, 3000) g;
