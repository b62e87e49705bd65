SET lock_timeout = '5s';

-- undo step 19: public.posts.posts_title_length: nothing to undo
