SET lock_timeout = '5s';

-- undo step 18: public.posts.content: nothing to undo
