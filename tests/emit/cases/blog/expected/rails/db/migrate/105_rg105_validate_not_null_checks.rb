# rollgate: validate stage, from migrations/0005_validate_not_null_checks
class Rg105ValidateNotNullChecks < ActiveRecord::Migration[6.1]

  def up
    execute <<-'SQL'
SET lock_timeout = '5s';

-- step 16: public.posts.content (add_check_not_valid)
ALTER TABLE public.posts ADD CONSTRAINT rollgate_nn_posts_content CHECK (content IS NOT NULL) NOT VALID;

-- step 17: public.posts.views_rg_new (add_check_not_valid)
ALTER TABLE public.posts ADD CONSTRAINT rollgate_nn_posts_views_rg_new CHECK (views_rg_new IS NOT NULL) NOT VALID;
    SQL
  end

  def down
    execute <<-'SQL'
SET lock_timeout = '5s';

-- undo step 17: public.posts.views_rg_new
ALTER TABLE public.posts DROP CONSTRAINT rollgate_nn_posts_views_rg_new;

-- undo step 16: public.posts.content
ALTER TABLE public.posts DROP CONSTRAINT rollgate_nn_posts_content;
    SQL
  end
end
