SET lock_timeout = '5s';

-- step 34: public.posts.content (drop_trigger)
DROP TRIGGER rollgate_sync_posts_content ON public.posts;

-- step 35: public.posts.content (drop_function)
DROP FUNCTION public.rollgate_sync_posts_content();

-- step 36: public.posts.body (drop_column)
ALTER TABLE public.posts DROP COLUMN body;

-- step 37: public.posts.views_rg_old (drop_column)
ALTER TABLE public.posts DROP COLUMN views_rg_old;
