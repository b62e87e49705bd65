-- name: create_article
INSERT INTO articles (title) VALUES ($1) RETURNING id;
-- name: get_article
SELECT id, title FROM articles WHERE id = $1;
-- name: delete_article
DELETE FROM articles WHERE id = $1;
