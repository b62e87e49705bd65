SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN total SET NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_total_nn;
