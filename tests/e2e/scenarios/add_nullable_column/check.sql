SELECT id, 'email lost' FROM users WHERE id <= 3000 AND email IS DISTINCT FROM 'user' || id || '@example.com'
UNION ALL
SELECT count(*), 'rows lost' FROM users HAVING count(*) < 3000;
