SELECT count(*)::text, 'orders lost by the downs' FROM orders HAVING count(*) < 2000
UNION ALL
SELECT count(*)::text, 'order lines lost by the downs' FROM order_lines HAVING count(*) < 3000
UNION ALL
SELECT 'orders', 'still partitioned' WHERE (SELECT relkind FROM pg_class WHERE oid = 'orders'::regclass) <> 'r'
UNION ALL
SELECT conname, 'key not back on the old table or not validated'
FROM (VALUES ('order_lines_order_id_fkey', 'order_lines'), ('orders_customer_id_fkey', 'orders')) AS w(conname, rel)
WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = w.conname AND k.conrelid = w.rel::regclass
                  AND k.convalidated AND (k.confrelid = 'orders'::regclass OR k.confrelid = 'customers'::regclass))
UNION ALL
SELECT 'amy', 'an order written after the swap is not copied back'
WHERE NOT EXISTS (SELECT 1 FROM orders WHERE customer_id = 8 AND total = 5);
