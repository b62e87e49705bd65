-- name: create_member
INSERT INTO members (email, display_name) VALUES ($1, $2) RETURNING id;
-- name: get_member
SELECT id, email, display_name FROM members WHERE id = $1;
-- name: set_display_name
UPDATE members SET display_name = $2 WHERE id = $1;
