SELECT count(*)::text, 'orders lost' FROM orders HAVING count(*) < 2000
UNION ALL
SELECT count(*)::text, 'order lines lost' FROM order_lines HAVING count(*) < 3000
UNION ALL
SELECT 'orders', 'not partitioned' WHERE (SELECT relkind FROM pg_class WHERE oid = 'orders'::regclass) <> 'p'
UNION ALL
SELECT conname, 'key not on the new table or not validated'
FROM (VALUES ('order_lines_order_id_fkey', 'order_lines'), ('orders_customer_id_fkey', 'orders')) AS w(conname, rel)
WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = w.conname AND k.conrelid = w.rel::regclass
                  AND k.convalidated AND (k.confrelid = 'orders'::regclass OR k.confrelid = 'customers'::regclass))
UNION ALL
SELECT relname, 'old copy left' FROM pg_class WHERE relname LIKE '%rg_old%';
