-- name: create_person
INSERT INTO persons (name, email) VALUES ($1, $2) RETURNING id;
-- name: get_person
SELECT id, name, email FROM persons WHERE id = $1;
-- name: set_name
UPDATE persons SET name = $2 WHERE id = $1;
-- name: by_email
SELECT id, name FROM persons WHERE email = $1;
