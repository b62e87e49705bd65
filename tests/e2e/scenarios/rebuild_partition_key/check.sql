SELECT count(*)::text, 'rows lost' FROM readings HAVING count(*) < 3000
UNION ALL
SELECT relname, 'old copy left' FROM pg_class WHERE relname LIKE '%rg_old%';
