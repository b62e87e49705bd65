SET lock_timeout = '5s';

-- undo step 19: public.posts.views_rg_new: nothing to undo
