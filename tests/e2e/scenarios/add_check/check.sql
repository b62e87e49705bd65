SELECT id::text, 'price changed' FROM products WHERE id <= 3000 AND price IS DISTINCT FROM (id % 100)::numeric
UNION ALL
SELECT conname::text, 'constraint not validated' FROM pg_constraint WHERE conrelid = 'products'::regclass AND NOT convalidated
UNION ALL
SELECT count(*)::text, 'rows lost' FROM products HAVING count(*) < 3000;
