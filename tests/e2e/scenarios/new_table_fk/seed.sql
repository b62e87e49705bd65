INSERT INTO articles (title) SELECT 'article ' || g FROM generate_series(1, 3000) g;
