EXECUTE v1_add_price(5, '2024-02-01') \gset a_
-- The new version writes cents and a time of day the old types cannot hold.
EXECUTE v2_add_price(12.34, '2024-02-02 13:45:00+00') \gset b_
CREATE TEMP TABLE r1 AS EXECUTE v1_get_price(:b_id);
SELECT pg_temp.expect((SELECT amount FROM r1) = 12.34, 'v1 reads the amount v2 wrote');
