-- rollgate: expand stage, from migrations/0001_expand_schema
SET lock_timeout = '5s';

-- step 1: public.post_state (create_enum_type)
CREATE TYPE public.post_state AS ENUM (
    'draft',
    'published',
    'archived'
);

-- step 2: public.authors.handle (alter_type_binary_coercible)
ALTER TABLE public.authors ALTER COLUMN handle TYPE character varying(60);

-- step 3: public.posts.content (add_column_nullable)
ALTER TABLE public.posts ADD COLUMN content text;

-- step 4: public.posts.state (add_column_not_null_default)
ALTER TABLE public.posts ADD COLUMN state public.post_state DEFAULT 'draft' NOT NULL;

-- step 5: public.posts.views_rg_new (add_column_nullable)
ALTER TABLE public.posts ADD COLUMN views_rg_new bigint;

-- step 6: public.posts.posts_title_length (add_check_not_valid)
ALTER TABLE public.posts ADD CONSTRAINT posts_title_length CHECK (char_length(title) <= 200) NOT VALID;

-- step 7: public.posts.posts_author_id_fkey (add_foreign_key_not_valid)
ALTER TABLE public.posts ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) NOT VALID;

-- step 8: public.posts.content (create_function)
CREATE FUNCTION public.rollgate_sync_posts_content() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: keeps the old and the new column in step while both versions run
    IF TG_OP = 'INSERT' THEN
        IF NEW.content IS NULL THEN
            NEW.content := NEW.body;
        ELSIF NEW.body IS NULL THEN
            NEW.body := NEW.content;
        END IF;
    ELSIF NEW.body IS DISTINCT FROM OLD.body THEN
        NEW.content := NEW.body;
    ELSIF NEW.content IS DISTINCT FROM OLD.content THEN
        NEW.body := NEW.content;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 9: public.posts.content (create_trigger)
CREATE TRIGGER rollgate_sync_posts_content BEFORE INSERT OR UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_posts_content();

-- step 10: public.posts.views_rg_new (create_function)
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

-- step 11: public.posts.views_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_posts_views_rg_new BEFORE INSERT OR UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_posts_views_rg_new();
