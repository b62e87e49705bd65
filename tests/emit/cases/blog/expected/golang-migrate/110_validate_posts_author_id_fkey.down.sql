-- rollgate: validate stage, from migrations/0009_validate_posts_author_id_fkey
BEGIN;

SET lock_timeout = '5s';

-- undo step 21: public.posts.posts_author_id_fkey: nothing to undo

COMMIT;
