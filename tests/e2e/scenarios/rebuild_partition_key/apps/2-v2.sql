-- name: record
INSERT INTO readings (sensor, region, taken_at, value) VALUES ($1, $2, $3, $4);
-- name: since
SELECT sensor, region, value FROM readings WHERE taken_at >= $1 ORDER BY taken_at;
