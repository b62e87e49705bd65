SELECT id, email FROM users WHERE id = $1;
SELECT id, user_id, total FROM orders WHERE user_id = $1;
INSERT INTO users (id, email) VALUES ($1, $2);
