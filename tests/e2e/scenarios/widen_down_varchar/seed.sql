INSERT INTO tags (name) SELECT 'tag' || g FROM generate_series(1, 3000) g;
