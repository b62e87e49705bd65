-- Every value fits the narrower types: the rollout goes through.
INSERT INTO items (code, label, price, sold_at, qty)
SELECT 'c' || g, CASE WHEN g % 4 = 0 THEN NULL ELSE 'l' || (g % 1000) END, g * 3, date '2024-01-01' + (g % 300), g
FROM generate_series(1, 3000) g;
