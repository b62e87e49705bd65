-- 200 authors, 3000 posts: post n has body 'body of post n' and n % 1000 views.
INSERT INTO authors (handle, bio)
SELECT 'author_' || g, 'bio ' || g FROM generate_series(1, 200) g;
INSERT INTO posts (author_id, title, body, views, created_at)
SELECT 1 + g % 200, 'title ' || g, 'body of post ' || g, g % 1000, now() - g * interval '1 minute'
FROM generate_series(1, 3000) g;
