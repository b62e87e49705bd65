BEGIN;
SET LOCAL lock_timeout = '5s';
CREATE INDEX CONCURRENTLY users_created_idx ON users (created_at);
COMMIT;
