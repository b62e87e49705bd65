INSERT INTO accounts (name, ext) SELECT 'acct ' || g, CASE WHEN g % 3 = 0 THEN NULL ELSE g END FROM generate_series(1, 3000) g;
INSERT INTO orders (account_id, amount) SELECT 1 + (g % 3000), g FROM generate_series(1, 4000) g;
INSERT INTO notes (account_id, body) SELECT CASE WHEN g % 5 = 0 THEN NULL ELSE 1 + (g % 3000) END, 'note ' || g FROM generate_series(1, 2000) g;
