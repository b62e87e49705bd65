# rollgate: validate stage, from migrations/0006_validate_rollgate_nn_posts_content
class Rg106ValidateRollgateNnPostsContent < ActiveRecord::Migration[6.1]

  def up
    execute <<-'SQL'
SET lock_timeout = '5s';

-- step 18: public.posts.content (validate_check)
ALTER TABLE public.posts VALIDATE CONSTRAINT rollgate_nn_posts_content;
    SQL
  end

  def down
    execute <<-'SQL'
SET lock_timeout = '5s';

-- undo step 18: public.posts.content: nothing to undo
    SQL
  end
end
