EXECUTE v1_add_tag('short') \gset a_
-- The new version writes a name the old varchar(10) cannot hold.
EXECUTE v2_add_tag('a-longer-tag-name') \gset b_
CREATE TEMP TABLE r1 AS EXECUTE v1_get_tag(:b_id);
SELECT pg_temp.expect((SELECT name FROM r1) = 'a-longer-tag-name', 'v1 reads the long name v2 wrote');
