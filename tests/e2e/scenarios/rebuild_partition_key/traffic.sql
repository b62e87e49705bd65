EXECUTE v1_record(900, 'us', '2026-05-01 10:00+00', 1.5);
CREATE TEMP TABLE r1 AS EXECUTE v2_since('2026-05-01');
SELECT pg_temp.expect(EXISTS (SELECT 1 FROM r1 WHERE sensor = 900), 'v2 finds the reading v1 recorded');
EXECUTE v2_record(901, 'eu', '2020-01-01 00:00+00', 2.5);
CREATE TEMP TABLE r2 AS EXECUTE v1_of_sensor(901, 'eu');
SELECT pg_temp.expect(EXISTS (SELECT 1 FROM r2), 'v1 reads the reading v2 recorded');
