SET lock_timeout = '5s';

-- step 37: public.posts.content (drop_trigger)
DROP TRIGGER rollgate_sync_posts_content ON public.posts;

-- step 38: public.posts.content (drop_function)
DROP FUNCTION public.rollgate_sync_posts_content();

-- step 39: public.posts.body (drop_column)
ALTER TABLE public.posts DROP COLUMN body;

-- step 40: public.posts.views_rg_old (drop_column)
ALTER TABLE public.posts DROP COLUMN views_rg_old;
