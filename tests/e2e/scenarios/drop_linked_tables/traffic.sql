EXECUTE v1_create_user \gset u1_
EXECUTE v2_create_user \gset u2_
SELECT pg_temp.expect(:u2_id > :u1_id AND :u1_id > 2000, 'both versions draw user ids from one sequence');
EXECUTE v1_create_app(:u2_id) \gset a_
EXECUTE v1_issue_token(:a_id, :u2_id) \gset t_
EXECUTE v1_add_place('from v1') \gset p_
EXECUTE v2_add_place('from v2');
CREATE TEMP TABLE r1 AS EXECUTE v2_place_names('from v1');
SELECT pg_temp.expect((SELECT count(*) FROM r1) = 1, 'v2 sees the place v1 added');
