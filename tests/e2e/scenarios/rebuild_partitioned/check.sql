SELECT count(*)::text, 'rows lost' FROM orders HAVING count(*) < 2000
UNION ALL
SELECT 'orders_id_seq', 'sequence not owned by the new table'
WHERE NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class s ON s.oid = d.objid
                  WHERE s.relname = 'orders_id_seq' AND d.refobjid = 'orders'::regclass AND d.deptype = 'a')
UNION ALL
SELECT count(*)::text, 'rows not in the view' FROM order_totals HAVING sum(total) <> (SELECT sum(total) FROM orders);
