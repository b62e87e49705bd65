# rollgate: validate stage, from migrations/0010_validate_not_null
class Rg110ValidateNotNull < ActiveRecord::Migration[6.1]

  def up
    execute <<-'SQL'
SET lock_timeout = '5s';

-- step 22: public.posts.content (set_not_null_with_valid_check)
ALTER TABLE public.posts ALTER COLUMN content SET NOT NULL;

-- step 23: public.posts.content (drop_constraint_check)
ALTER TABLE public.posts DROP CONSTRAINT rollgate_nn_posts_content;

-- step 24: public.posts.views_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.posts ALTER COLUMN views_rg_new SET NOT NULL;

-- step 25: public.posts.views_rg_new (drop_constraint_check)
ALTER TABLE public.posts DROP CONSTRAINT rollgate_nn_posts_views_rg_new;
    SQL
  end

  def down
    execute <<-'SQL'
SET lock_timeout = '5s';

-- undo step 25: public.posts.views_rg_new
ALTER TABLE public.posts ADD CONSTRAINT rollgate_nn_posts_views_rg_new CHECK (views_rg_new IS NOT NULL) NOT VALID;

-- undo step 24: public.posts.views_rg_new
ALTER TABLE public.posts ALTER COLUMN views_rg_new DROP NOT NULL;

-- undo step 23: public.posts.content
ALTER TABLE public.posts ADD CONSTRAINT rollgate_nn_posts_content CHECK (content IS NOT NULL) NOT VALID;

-- undo step 22: public.posts.content
ALTER TABLE public.posts ALTER COLUMN content DROP NOT NULL;
    SQL
  end
end
