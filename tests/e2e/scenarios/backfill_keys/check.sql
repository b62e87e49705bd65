-- Every seeded value is where it was; 5 * (1 + ... + 2500) + 2501 + 2502 + 2503, plus 1 per traffic_old run.
SELECT 'by_uuid', count(*) FROM by_uuid WHERE n > 0 AND n NOT BETWEEN 1 AND 2500 HAVING count(*) > 0
UNION ALL
SELECT 'by_text', count(*) FROM by_text WHERE code LIKE 'k%' AND n <> substr(code, 2)::int HAVING count(*) > 0
UNION ALL
SELECT 'by_pair', count(*) FROM by_pair WHERE a >= 0 AND (b <> 'b' || n OR a <> n % 7) HAVING count(*) > 0
UNION ALL
SELECT 'seeded sum', s FROM (SELECT (SELECT sum(n) FROM by_uuid WHERE n > 0) + (SELECT sum(n) FROM by_text WHERE code LIKE 'k%' OR code IN ('Zebra', 'apple', '_'))
    + (SELECT sum(n) FROM by_pair WHERE a >= 0) + (SELECT sum(n) FROM by_index WHERE n > 0) + (SELECT sum(n) FROM no_key WHERE x > 0) AS s) q
    WHERE s <> 5 * 3126250 + 2501 + 2502 + 2503
UNION ALL
SELECT c.relname, 0 FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    WHERE a.attname = 'n' AND c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND a.atttypid <> 'bigint'::regtype;
