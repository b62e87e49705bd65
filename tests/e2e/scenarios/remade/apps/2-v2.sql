-- name: add
INSERT INTO jobs (id, code, state) VALUES ($1, $2, 'done');
-- name: show
SELECT id, state FROM job_view WHERE code = $1;
