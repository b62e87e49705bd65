SET lock_timeout = '5s';

-- step 22: public.posts.content (set_not_null_with_valid_check)
ALTER TABLE public.posts ALTER COLUMN content SET NOT NULL;

-- step 23: public.posts.content (drop_constraint_check)
ALTER TABLE public.posts DROP CONSTRAINT rollgate_nn_posts_content;

-- step 24: public.posts.views_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.posts ALTER COLUMN views_rg_new SET NOT NULL;

-- step 25: public.posts.views_rg_new (drop_constraint_check)
ALTER TABLE public.posts DROP CONSTRAINT rollgate_nn_posts_views_rg_new;
