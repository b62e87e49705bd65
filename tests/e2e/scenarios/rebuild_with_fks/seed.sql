INSERT INTO customers (name) SELECT 'c' || g FROM generate_series(1, 50) g;
INSERT INTO orders (customer_id, total) SELECT 1 + g % 50, g % 97 FROM generate_series(1, 2000) g;
INSERT INTO order_lines (order_id, qty) SELECT 1 + g % 2000, g % 7 FROM generate_series(1, 3000) g;
