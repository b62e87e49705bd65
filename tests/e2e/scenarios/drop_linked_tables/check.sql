SELECT count(*), 'users lost' FROM users HAVING count(*) < 2000
UNION ALL
SELECT count(*), 'places lost' FROM places HAVING count(*) < 1000;
