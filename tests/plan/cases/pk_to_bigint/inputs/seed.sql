INSERT INTO tickets (code, title) SELECT g * 7, 't' || g FROM generate_series(1, 2000) g;
