SELECT id, 'email changed' FROM members WHERE id <= 3000 AND email IS DISTINCT FROM 'member' || id || '@example.com'
UNION ALL
SELECT id, 'display_name changed' FROM members WHERE id <= 3000 AND display_name IS DISTINCT FROM 'Member ' || id
UNION ALL
SELECT count(*), 'long email cut' FROM members WHERE length(email) = 212 HAVING count(*) <> 1;
