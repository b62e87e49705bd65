INSERT INTO customers SELECT g, 'name ' || g, 'n' || g FROM generate_series(1, 2500) g;
