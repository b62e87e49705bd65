-- v1 does not know region: its rows get the --backfill value.
EXECUTE v1_create_account('from v1', 'it') \gset v1_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_account(:v1_id);
SELECT pg_temp.expect((SELECT region FROM r1) = 'IT', 'an account v1 wrote during the deploy gets region = upper(country_code)');
EXECUTE v2_create_account('from v2', 'br', 'BR') \gset v2_
CREATE TEMP TABLE r2 AS EXECUTE v1_get_account(:v2_id);
SELECT pg_temp.expect((SELECT country_code FROM r2) = 'br', 'v1 reads the account v2 wrote');
EXECUTE v1_rename_account(:v2_id, 'renamed by v1');
CREATE TEMP TABLE r3 AS EXECUTE v2_get_account(:v2_id);
SELECT pg_temp.expect((SELECT name FROM r3) = 'renamed by v1' AND (SELECT region FROM r3) = 'BR', 'a v1 update keeps the region v2 wrote');
CREATE TEMP TABLE r4 AS EXECUTE v2_accounts_in_region('DE');
SELECT pg_temp.expect((SELECT count(*) FROM r4) > 0, 'seeded accounts are backfilled by the time v2 reads them');
