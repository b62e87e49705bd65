SET lock_timeout = '5s';

-- undo step 21: public.posts.posts_author_id_fkey: nothing to undo
