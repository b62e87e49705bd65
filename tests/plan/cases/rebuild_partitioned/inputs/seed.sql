INSERT INTO orders (placed_on, customer, total)
SELECT date '2024-06-01' + g % 700, 'c' || (g % 50), g % 97
FROM generate_series(1, 2000) g;
