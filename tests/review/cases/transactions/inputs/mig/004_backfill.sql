SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN currency text;
ALTER TABLE orders ALTER COLUMN currency SET DEFAULT 'EUR';
ALTER TABLE users ADD CONSTRAINT users_email_lower CHECK (email = lower(email)) NOT VALID;
UPDATE orders SET currency = 'EUR' WHERE currency IS NULL;
