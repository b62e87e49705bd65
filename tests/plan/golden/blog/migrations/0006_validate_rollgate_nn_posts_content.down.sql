SET lock_timeout = '5s';

-- undo step 17: public.posts.content: nothing to undo
