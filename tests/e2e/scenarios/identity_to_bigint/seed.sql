INSERT INTO accounts (name) SELECT 'acct ' || g FROM generate_series(1, 3000) g;
INSERT INTO orders (account_id, amount) SELECT 1 + (g % 3000), g FROM generate_series(1, 4000) g;
