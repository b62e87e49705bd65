-- INSERT and UPDATE from either side must reach the other name.
SELECT 'v1 name ' || md5(random()::text) AS n1 \gset
EXECUTE v1_create_customer(:'n1', 'v1@example.com') \gset v1_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_customer(:v1_id);
SELECT pg_temp.expect((SELECT full_name FROM r1) = :'n1', 'v2 reads full_name = the name v1 inserted');
SELECT 'v2 name ' || md5(random()::text) AS n2 \gset
EXECUTE v2_create_customer(:'n2', 'v2@example.com') \gset v2_
CREATE TEMP TABLE r2 AS EXECUTE v1_get_customer(:v2_id);
SELECT pg_temp.expect((SELECT name FROM r2) = :'n2', 'v1 reads name = the full_name v2 inserted');
CREATE TEMP TABLE r2b AS EXECUTE v1_find_by_name(:'n2');
SELECT pg_temp.expect((SELECT id FROM r2b) = :v2_id, 'v1 finds the v2 row by name');
EXECUTE v1_set_name(:v2_id, 'renamed by v1');
CREATE TEMP TABLE r3 AS EXECUTE v2_get_customer(:v2_id);
SELECT pg_temp.expect((SELECT full_name FROM r3) = 'renamed by v1', 'v2 reads full_name = the name v1 updated');
EXECUTE v2_set_full_name(:v1_id, 'renamed by v2');
CREATE TEMP TABLE r4 AS EXECUTE v1_get_customer(:v1_id);
SELECT pg_temp.expect((SELECT name FROM r4) = 'renamed by v2', 'v1 reads name = the full_name v2 updated');
EXECUTE v2_set_email(:v1_id, 'other@example.com');
CREATE TEMP TABLE r5 AS EXECUTE v1_get_customer(:v1_id);
SELECT pg_temp.expect((SELECT name FROM r5) = 'renamed by v2' AND (SELECT email FROM r5) = 'other@example.com', 'an unrelated v2 update keeps name');
