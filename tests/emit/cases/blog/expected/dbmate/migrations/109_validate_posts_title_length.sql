-- migrate:up
-- rollgate: validate stage, from migrations/0008_validate_posts_title_length
SET lock_timeout = '5s';

-- step 20: public.posts.posts_title_length (validate_check)
ALTER TABLE public.posts VALIDATE CONSTRAINT posts_title_length;

-- migrate:down
SET lock_timeout = '5s';

-- undo step 20: public.posts.posts_title_length: nothing to undo
