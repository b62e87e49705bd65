# rollgate: contract stage, from migrations/0016_contract_drop
class Rg116ContractDrop < ActiveRecord::Migration[6.1]

  def up
    execute <<-'SQL'
SET lock_timeout = '5s';

-- step 37: public.posts.content (drop_trigger)
DROP TRIGGER rollgate_sync_posts_content ON public.posts;

-- step 38: public.posts.content (drop_function)
DROP FUNCTION public.rollgate_sync_posts_content();

-- step 39: public.posts.body (drop_column)
ALTER TABLE public.posts DROP COLUMN body;

-- step 40: public.posts.views_rg_old (drop_column)
ALTER TABLE public.posts DROP COLUMN views_rg_old;
    SQL
  end

  def down
    execute <<-'SQL'
SET lock_timeout = '5s';

-- undo step 40: public.posts.views_rg_old
ALTER TABLE public.posts ADD COLUMN views_rg_old integer;

-- undo step 39: public.posts.body
ALTER TABLE public.posts ADD COLUMN body text;

-- undo step 38: public.posts.content
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

-- undo step 37: public.posts.content
CREATE TRIGGER rollgate_sync_posts_content BEFORE INSERT OR UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_posts_content();
    SQL
  end
end
