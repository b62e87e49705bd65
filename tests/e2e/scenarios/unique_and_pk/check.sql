SELECT id, 'audit entry lost' FROM generate_series(1, 3000) id WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.id = id.id)
UNION ALL
SELECT count(*), 'users lost' FROM users HAVING count(*) < 3000
UNION ALL
SELECT 0, 'invalid index ' || indexrelid::regclass::text FROM pg_index WHERE indrelid IN ('audit_log'::regclass, 'users'::regclass) AND NOT indisvalid;
