INSERT INTO by_uuid (n) SELECT g FROM generate_series(1, 2500) g;
INSERT INTO by_text SELECT 'k' || g, g FROM generate_series(1, 2500) g;
INSERT INTO by_text VALUES ('Zebra', 2501), ('apple', 2502), ('_', 2503);
INSERT INTO by_pair SELECT g % 7, 'b' || g, g FROM generate_series(1, 2500) g;
INSERT INTO by_index SELECT gen_random_uuid(), g FROM generate_series(1, 2500) g;
INSERT INTO no_key SELECT g, g FROM generate_series(1, 2500) g;
