-- name: GetUser :one
SELECT id, email, name FROM users WHERE id = $1;
-- name: ListPosts :many
SELECT p.id, p.title, u.email FROM posts p JOIN users u ON u.id = p.user_id WHERE p.views > $1 ORDER BY p.id LIMIT 10;
-- name: CreatePost :one
INSERT INTO posts (user_id, title, body) VALUES ($1, $2, $3) RETURNING id;
-- name: Upsert :exec
INSERT INTO tags (post_id, tag) VALUES ($1, $2) ON CONFLICT (post_id, tag) DO NOTHING;
-- name: Touch :exec
UPDATE posts SET views = views + 1 FROM users WHERE users.id = posts.user_id AND users.active;
-- name: Purge :exec
DELETE FROM tags USING posts WHERE tags.post_id = posts.id AND posts.body IS NULL;
