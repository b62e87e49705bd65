INSERT INTO regions VALUES ('us'), ('ap'), ('eu');
INSERT INTO events (region, kind, created_at)
SELECT (ARRAY['us', 'ap'])[1 + g % 2], (ARRAY['signup', 'login', 'logout'])[1 + g % 3], now() - g * interval '1 minute'
FROM generate_series(1, 3000) g;
