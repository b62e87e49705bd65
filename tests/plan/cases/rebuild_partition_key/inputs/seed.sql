INSERT INTO readings
SELECT g % 40, (ARRAY['eu', 'us'])[1 + g % 2], timestamptz '2024-10-01' + g * interval '1 hour', g / 7.0
FROM generate_series(1, 3000) g;
