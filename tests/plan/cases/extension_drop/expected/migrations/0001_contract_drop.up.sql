SET lock_timeout = '5s';

-- step 1: amcheck (drop_extension)
DROP EXTENSION amcheck;

-- step 2: tools (drop_schema)
DROP SCHEMA tools;
