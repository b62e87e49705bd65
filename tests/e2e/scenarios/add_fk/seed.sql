INSERT INTO customers (name) SELECT 'customer ' || g FROM generate_series(1, 500) g;
INSERT INTO orders (customer_id, total) SELECT 1 + g % 500, (g % 300) + 0.5 FROM generate_series(1, 3000) g;
