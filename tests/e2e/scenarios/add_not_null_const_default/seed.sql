INSERT INTO orders (customer, total) SELECT 'customer ' || g, (g % 500) + 0.99 FROM generate_series(1, 3000) g;
