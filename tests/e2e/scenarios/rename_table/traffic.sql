-- Both names work at once: v1 on people, v2 on persons, one set of rows.
EXECUTE v1_create_person('from v1', 'v1@example.com') \gset p1_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_person(:p1_id);
SELECT pg_temp.expect((SELECT name FROM r1) = 'from v1', 'v2 reads through persons the row v1 inserted into people');
EXECUTE v2_create_person('from v2', 'v2@example.com') \gset p2_
SELECT pg_temp.expect(:p2_id > :p1_id, 'one id sequence serves both names');
CREATE TEMP TABLE r2 AS EXECUTE v1_get_person(:p2_id);
SELECT pg_temp.expect((SELECT name FROM r2) = 'from v2', 'v1 reads through people the row v2 inserted into persons');
EXECUTE v1_set_email(:p2_id, 'changed@example.com');
CREATE TEMP TABLE r3 AS EXECUTE v2_by_email('changed@example.com');
SELECT pg_temp.expect((SELECT id FROM r3) = :p2_id, 'v2 sees the update v1 made');
EXECUTE v2_set_name(:p1_id, 'renamed by v2');
CREATE TEMP TABLE r4 AS EXECUTE v1_get_person(:p1_id);
SELECT pg_temp.expect((SELECT name FROM r4) = 'renamed by v2', 'v1 sees the update v2 made');
EXECUTE v1_create_person('doomed', NULL) \gset p3_
EXECUTE v1_delete_person(:p3_id);
CREATE TEMP TABLE r5 AS EXECUTE v2_get_person(:p3_id);
SELECT pg_temp.expect((SELECT count(*) FROM r5) = 0, 'a delete through people removes the row for persons');
