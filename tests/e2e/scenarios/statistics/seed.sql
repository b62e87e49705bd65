INSERT INTO orders (customer_id, region, city, zip, legacy)
SELECT g % 200, 'region ' || (g % 7), 'city ' || (g % 50), lpad((g % 900)::text, 5, '0'), g
FROM generate_series(1, 3000) g;
ANALYZE orders;
