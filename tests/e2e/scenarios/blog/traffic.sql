-- Both versions live: v1 writes body, v2 writes content; each must read
-- the other's row through its own column name.
SELECT 'v1 body ' || md5(random()::text) AS v1_body \gset
EXECUTE v1_create_post(1, 'from v1', :'v1_body') \gset v1_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_post(:v1_id);
SELECT pg_temp.expect((SELECT count(*) FROM r1) = 1, 'v2 get_post finds the post v1 wrote');
SELECT pg_temp.expect((SELECT content FROM r1) = :'v1_body', 'v2 reads content = the body v1 wrote');
SELECT pg_temp.expect((SELECT state::text FROM r1) = 'draft', 'a post v1 wrote has state draft');

SELECT 'v2 content ' || md5(random()::text) AS v2_content \gset
EXECUTE v2_create_post(2, 'from v2', :'v2_content') \gset v2_
CREATE TEMP TABLE r2 AS EXECUTE v1_get_post(:v2_id);
SELECT pg_temp.expect((SELECT body FROM r2) = :'v2_content', 'v1 reads body = the content v2 wrote');

EXECUTE v1_count_view(:v1_id);
EXECUTE v2_count_view(:v1_id);
SELECT pg_temp.expect((SELECT views FROM posts WHERE id = :v1_id) = 2, 'v1 and v2 both increment views of one post');
EXECUTE v2_publish(:v2_id);
CREATE TEMP TABLE r3 AS EXECUTE v2_get_post(:v2_id);
SELECT pg_temp.expect((SELECT state::text FROM r3) = 'published', 'v2 publish sticks');
CREATE TEMP TABLE r4 AS EXECUTE v2_posts_by_author(2);
SELECT pg_temp.expect(EXISTS (SELECT 1 FROM r4 WHERE id = :v2_id), 'v2 lists the published post');
CREATE TEMP TABLE r5 AS EXECUTE v1_posts_by_author(1);
SELECT pg_temp.expect(EXISTS (SELECT 1 FROM r5 WHERE id = :v1_id), 'v1 lists its own post');
