INSERT INTO items (code, label, price, sold_at, qty)
SELECT 'c' || g, 'l' || (g % 1000), g * 3, date '2024-01-01' + (g % 300), g FROM generate_series(1, 3000) g;
-- One code does not fit varchar(10): the rollout must stop before the switch, with the value kept.
UPDATE items SET code = 'abcdefghijklmnop' WHERE id = 1234;
