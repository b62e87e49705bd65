EXECUTE v1_create_article('from v1') \gset a1_
EXECUTE v2_add_comment(:a1_id, 'first!') \gset c1_
CREATE TEMP TABLE r1 AS EXECUTE v2_comments_of(:a1_id);
SELECT pg_temp.expect((SELECT body FROM r1) = 'first!', 'v2 comments on the article v1 wrote');
EXECUTE v2_create_article('from v2') \gset a2_
CREATE TEMP TABLE r2 AS EXECUTE v1_get_article(:a2_id);
SELECT pg_temp.expect((SELECT title FROM r2) = 'from v2', 'v1 reads the article v2 wrote');
EXECUTE v1_delete_article(:a1_id);
CREATE TEMP TABLE r3 AS EXECUTE v2_comments_of(:a1_id);
SELECT pg_temp.expect((SELECT count(*) FROM r3) = 0, 'v1 deleting an article removes its comments (ON DELETE CASCADE)');
