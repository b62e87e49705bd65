-- name: create_user
INSERT INTO users DEFAULT VALUES RETURNING id;
-- name: add_place
INSERT INTO places (name) VALUES ($1);
-- name: place_names
SELECT name FROM places WHERE name = $1;
