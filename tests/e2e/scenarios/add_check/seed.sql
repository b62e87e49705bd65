INSERT INTO products (name, price, stock) SELECT 'product ' || g, g % 100, g % 50 FROM generate_series(1, 3000) g;
