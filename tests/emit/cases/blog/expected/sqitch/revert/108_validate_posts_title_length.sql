-- Revert 108_validate_posts_title_length
-- rollgate: validate stage, from migrations/0008_validate_posts_title_length
BEGIN;

SET lock_timeout = '5s';

-- undo step 20: public.posts.posts_title_length: nothing to undo

COMMIT;
