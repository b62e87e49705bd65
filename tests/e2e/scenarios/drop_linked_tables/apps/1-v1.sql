-- name: create_user
INSERT INTO users DEFAULT VALUES RETURNING id;
-- name: create_app
INSERT INTO apps (user_id) VALUES ($1) RETURNING id;
-- name: issue_token
INSERT INTO tokens (app_id, user_id) VALUES ($1, $2) RETURNING id;
-- name: add_place
INSERT INTO places (name) VALUES ($1) RETURNING id;
