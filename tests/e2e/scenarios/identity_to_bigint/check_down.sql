SELECT count(*), 'accounts lost' FROM accounts HAVING count(*) < 3000
UNION ALL
SELECT 1, c.relname || '.id is not an integer identity' FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    WHERE c.relname IN ('accounts', 'orders') AND a.attname = 'id' AND (a.atttypid <> 'integer'::regtype OR a.attidentity = '');
