-- name: create_account
INSERT INTO accounts (name, country_code) VALUES ($1, $2) RETURNING id;
-- name: get_account
SELECT id, name, country_code FROM accounts WHERE id = $1;
-- name: rename_account
UPDATE accounts SET name = $2 WHERE id = $1;
