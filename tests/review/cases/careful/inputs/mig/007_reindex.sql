-- rollgate:no-transaction
SET lock_timeout = '5s';
REINDEX INDEX CONCURRENTLY orders_user_idx;
