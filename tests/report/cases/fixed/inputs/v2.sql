-- name: get_user
SELECT id, name, email, created_at FROM users WHERE id = $1;

-- name: hostile_note
SELECT note FROM "<script>alert(1)</script>";

-- name: broken_query
SELECT nickname FROM users;
