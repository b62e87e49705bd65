-- name: add
INSERT INTO jobs (id, code, state, note) VALUES ($1, $2, 'new', $3);
-- name: show
SELECT id, state, note FROM job_view WHERE code = $1;
