INSERT INTO events (account_id, kind, created_at)
SELECT g % 100, (ARRAY['signup', 'login', 'logout'])[1 + g % 3], now() - g * interval '1 minute'
FROM generate_series(1, 3000) g;
