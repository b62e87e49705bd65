SELECT id, email, full_name FROM users WHERE id = $1;
SELECT id, user_id, total FROM orders WHERE user_id = $1;
