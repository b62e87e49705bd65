SELECT id, 'full_name not carried over from name' FROM customers WHERE id <= 3000 AND full_name IS DISTINCT FROM 'customer ' || id
UNION ALL
SELECT id, 'full_name lost' FROM customers WHERE full_name IS NULL OR full_name = ''
UNION ALL
SELECT count(*), 'rows lost' FROM customers HAVING count(*) < 3000;
