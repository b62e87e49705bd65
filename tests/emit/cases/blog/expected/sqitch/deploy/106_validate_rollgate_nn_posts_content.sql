-- Deploy 106_validate_rollgate_nn_posts_content
-- rollgate: validate stage, from migrations/0006_validate_rollgate_nn_posts_content
BEGIN;

SET lock_timeout = '5s';

-- step 18: public.posts.content (validate_check)
ALTER TABLE public.posts VALIDATE CONSTRAINT rollgate_nn_posts_content;

COMMIT;
