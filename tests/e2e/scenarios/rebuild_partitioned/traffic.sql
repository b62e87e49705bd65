EXECUTE v1_place('2025-03-01', 'zed', 10) \gset o1_
CREATE TEMP TABLE r1 AS EXECUTE v2_recent('2025-01-01');
SELECT pg_temp.expect(EXISTS (SELECT 1 FROM r1 WHERE id = :o1_id), 'v2 finds the order v1 placed');
EXECUTE v2_place('2027-01-01', 'amy', 5) \gset o2_
CREATE TEMP TABLE r2 AS EXECUTE v1_orders_of('amy');
SELECT pg_temp.expect(EXISTS (SELECT 1 FROM r2 WHERE id = :o2_id), 'v1 reads the order v2 placed (default partition)');
