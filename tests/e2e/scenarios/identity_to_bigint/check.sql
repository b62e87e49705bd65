SELECT count(*), 'accounts lost' FROM accounts HAVING count(*) < 3000
UNION ALL
SELECT count(*), 'orders lost' FROM orders HAVING count(*) < 4000
UNION ALL
SELECT o.id, 'order lost its account' FROM orders o LEFT JOIN accounts a ON a.id = o.account_id WHERE a.id IS NULL
UNION ALL
SELECT id, 'seeded order changed' FROM orders WHERE id < 100 + 3 * 4000 AND amount <> (id - 100) / 3 + 1
UNION ALL
SELECT 1, c.relname || '.id is not a bigint identity' FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    WHERE c.relname IN ('accounts', 'orders') AND a.attname = 'id' AND (a.atttypid <> 'bigint'::regtype OR a.attidentity = '')
UNION ALL
SELECT 1, 'foreign keys not validated' FROM pg_constraint WHERE contype = 'f' AND NOT convalidated;
