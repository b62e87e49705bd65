SET lock_timeout = '5s';

-- undo step 20: public.posts.posts_author_id_fkey: nothing to undo
