SET lock_timeout = '5s';
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_nn;
