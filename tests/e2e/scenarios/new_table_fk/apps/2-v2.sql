-- name: create_article
INSERT INTO articles (title) VALUES ($1) RETURNING id;
-- name: get_article
SELECT a.id, a.title, (SELECT count(*) FROM comments c WHERE c.article_id = a.id) AS comments FROM articles a WHERE a.id = $1;
-- name: add_comment
INSERT INTO comments (article_id, body) VALUES ($1, $2) RETURNING id;
-- name: comments_of
SELECT id, body FROM comments WHERE article_id = $1 ORDER BY created_at;
