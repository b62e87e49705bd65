SELECT id, 'region not backfilled from country_code' FROM accounts
WHERE region IS DISTINCT FROM upper(country_code)
UNION ALL
SELECT count(*), 'rows lost' FROM accounts HAVING count(*) < 3000;
