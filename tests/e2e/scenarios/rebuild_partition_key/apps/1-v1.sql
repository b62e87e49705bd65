-- name: record
INSERT INTO readings (sensor, region, taken_at, value) VALUES ($1, $2, $3, $4);
-- name: of_sensor
SELECT taken_at, value FROM readings WHERE sensor = $1 AND region = $2 ORDER BY taken_at;
