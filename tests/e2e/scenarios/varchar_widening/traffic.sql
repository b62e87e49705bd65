EXECUTE v1_create_member('v1@example.com', 'short') \gset v1_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_member(:v1_id);
SELECT pg_temp.expect((SELECT email FROM r1) = 'v1@example.com', 'v2 reads the member v1 wrote');
-- v2 writes values only the widened columns can hold.
SELECT repeat('x', 200) || '@example.com' AS long_email, repeat('n', 120) AS long_name \gset
EXECUTE v2_create_member(:'long_email', :'long_name') \gset v2_
CREATE TEMP TABLE r2 AS EXECUTE v1_get_member(:v2_id);
SELECT pg_temp.expect((SELECT length(email) FROM r2) = 212, 'v1 reads the 212-character email v2 wrote');
CREATE TEMP TABLE r3 AS EXECUTE v1_find_member(:'long_email');
SELECT pg_temp.expect((SELECT id FROM r3) = :v2_id, 'v1 finds it by email');
EXECUTE v2_set_display_name(:v1_id, :'long_name');
