-- Deploy 113_contract_not_null_posts_body
-- rollgate: contract stage, from migrations/0013_contract_not_null_posts_body
BEGIN;

SET lock_timeout = '5s';

-- step 34: public.posts.body (nothing): nothing to do on the way up; the down file does the work

COMMIT;
