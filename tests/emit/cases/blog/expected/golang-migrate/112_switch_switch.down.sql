-- rollgate: switch stage, from migrations/0011_switch_switch
BEGIN;

SET lock_timeout = '5s';

-- undo step 32: public.posts.views
ALTER TABLE public.posts ALTER COLUMN views DROP DEFAULT;

-- undo step 31: public.posts.views
ALTER TABLE public.posts RENAME COLUMN views TO views_rg_new;

-- undo step 30: public.posts.views
ALTER TABLE public.posts RENAME COLUMN views_rg_old TO views;

-- undo step 29: public.posts.views
ALTER TABLE public.posts ALTER COLUMN views SET DEFAULT 0;

-- undo step 28: public.posts.views
ALTER TABLE public.posts ALTER COLUMN views SET NOT NULL;

-- undo step 27: public.posts.views_rg_new
CREATE FUNCTION public.rollgate_sync_posts_views_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.views IS DISTINCT FROM OLD.views THEN
        NEW.views_rg_new := (NEW.views)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 26: public.posts.views_rg_new
CREATE TRIGGER rollgate_sync_posts_views_rg_new BEFORE INSERT OR UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_posts_views_rg_new();

COMMIT;
