-- rollgate: validate stage, from migrations/0006_validate_rollgate_nn_posts_content
SET lock_timeout = '5s';

-- undo step 18: public.posts.content: nothing to undo
