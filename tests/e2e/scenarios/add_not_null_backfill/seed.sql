INSERT INTO accounts (name, country_code)
SELECT 'account ' || g, (ARRAY['de', 'fr', 'us', 'jp'])[1 + g % 4] FROM generate_series(1, 3000) g;
