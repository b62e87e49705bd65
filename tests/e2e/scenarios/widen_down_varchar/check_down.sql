SELECT id, 'name changed' FROM tags WHERE id <= 3000 AND name <> 'tag' || id
UNION ALL
SELECT 0, 'the long name is gone' WHERE NOT EXISTS (SELECT 1 FROM tags WHERE name = 'a-longer-tag-name');
