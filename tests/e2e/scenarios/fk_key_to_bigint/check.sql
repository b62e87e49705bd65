SELECT o.id, 'order lost its account' FROM orders o LEFT JOIN accounts a ON a.id = o.account_id WHERE a.id IS NULL
UNION ALL
SELECT count(*), 'accounts lost' FROM accounts HAVING count(*) < 3000
UNION ALL
SELECT count(*), 'orders lost' FROM orders HAVING count(*) < 4000
UNION ALL
SELECT id, 'ext changed' FROM accounts WHERE id <= 3000 AND ext IS DISTINCT FROM (CASE WHEN id % 3 = 0 THEN NULL ELSE id END)
UNION ALL
SELECT 1, 'foreign keys not validated' FROM pg_constraint WHERE contype = 'f' AND NOT convalidated
UNION ALL
SELECT 1, 'accounts.id is not bigint' FROM information_schema.columns WHERE table_name = 'accounts' AND column_name = 'id' AND data_type <> 'bigint';
