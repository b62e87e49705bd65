SET lock_timeout = '5s';

-- undo step 2: tools
CREATE SCHEMA tools;

-- undo step 1: amcheck
CREATE EXTENSION amcheck WITH SCHEMA tools;
