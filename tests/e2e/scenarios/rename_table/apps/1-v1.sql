-- name: create_person
INSERT INTO people (name, email) VALUES ($1, $2) RETURNING id;
-- name: get_person
SELECT id, name, email FROM people WHERE id = $1;
-- name: set_email
UPDATE people SET email = $2 WHERE id = $1;
-- name: delete_person
DELETE FROM people WHERE id = $1;
