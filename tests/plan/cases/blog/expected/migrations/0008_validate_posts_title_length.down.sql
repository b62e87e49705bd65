SET lock_timeout = '5s';

-- undo step 20: public.posts.posts_title_length: nothing to undo
