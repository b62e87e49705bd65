SELECT o.id::text, 'orphan order' FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE c.id IS NULL
UNION ALL
SELECT conname::text, 'foreign key not validated' FROM pg_constraint WHERE conrelid = 'orders'::regclass AND NOT convalidated
UNION ALL
SELECT count(*)::text, 'rows lost' FROM orders HAVING count(*) < 3000;
