-- rollgate: switch stage, from migrations/0011_switch_switch
SET lock_timeout = '5s';

-- step 26: public.posts.views_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_posts_views_rg_new ON public.posts;

-- step 27: public.posts.views_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_posts_views_rg_new();

-- step 28: public.posts.views (drop_not_null)
ALTER TABLE public.posts ALTER COLUMN views DROP NOT NULL;

-- step 29: public.posts.views (drop_default)
ALTER TABLE public.posts ALTER COLUMN views DROP DEFAULT;

-- step 30: public.posts.views (rename_column)
ALTER TABLE public.posts RENAME COLUMN views TO views_rg_old;

-- step 31: public.posts.views (rename_column)
ALTER TABLE public.posts RENAME COLUMN views_rg_new TO views;

-- step 32: public.posts.views (set_default)
ALTER TABLE public.posts ALTER COLUMN views SET DEFAULT 0;
