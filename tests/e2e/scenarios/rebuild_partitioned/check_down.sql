SELECT count(*)::text, 'rows lost by the downs' FROM orders HAVING count(*) < 2000
UNION ALL
SELECT 'amy', 'the order written after the swap is not copied back' WHERE NOT EXISTS (SELECT 1 FROM orders WHERE customer = 'amy');
