# rollgate: validate stage, from migrations/0007_validate_rollgate_nn_posts_views_rg_new
class Rg107ValidateRollgateNnPostsViewsRgNew < ActiveRecord::Migration[6.1]

  def up
    execute <<-'SQL'
SET lock_timeout = '5s';

-- step 19: public.posts.views_rg_new (validate_check)
ALTER TABLE public.posts VALIDATE CONSTRAINT rollgate_nn_posts_views_rg_new;
    SQL
  end

  def down
    execute <<-'SQL'
SET lock_timeout = '5s';

-- undo step 19: public.posts.views_rg_new: nothing to undo
    SQL
  end
end
