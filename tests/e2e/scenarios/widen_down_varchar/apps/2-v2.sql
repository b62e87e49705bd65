-- name: add_tag
INSERT INTO tags (name) VALUES ($1) RETURNING id;
-- name: get_tag
SELECT id, name FROM tags WHERE id = $1;
