-- name: create_account
INSERT INTO accounts (name, country_code, region) VALUES ($1, $2, $3) RETURNING id;
-- name: get_account
SELECT id, name, country_code, region FROM accounts WHERE id = $1;
-- name: accounts_in_region
SELECT id, name FROM accounts WHERE region = $1 ORDER BY id LIMIT 50;
