SELECT count(*)::text, 'rows lost by the downs' FROM readings HAVING count(*) < 3000
UNION ALL
SELECT '901', 'the reading written after the swap is not copied back' WHERE NOT EXISTS (SELECT 1 FROM readings WHERE sensor = 901);
