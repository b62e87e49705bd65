-- name: add_person
INSERT INTO people (nick, visits, feeling) VALUES ($1, $2, $3) RETURNING id;
-- name: visit
UPDATE people SET visits = visits + 1 WHERE id = $1;
-- name: get_person
SELECT id, nick, visits, feeling FROM people WHERE id = $1;
