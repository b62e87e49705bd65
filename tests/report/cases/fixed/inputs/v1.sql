-- name: get_user
SELECT id, name, email FROM users WHERE id = $1;

-- name: list_hostile
SELECT id FROM "<script>alert(1)</script>";
