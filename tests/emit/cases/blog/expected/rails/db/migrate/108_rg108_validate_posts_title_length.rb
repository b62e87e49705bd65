# rollgate: validate stage, from migrations/0008_validate_posts_title_length
class Rg108ValidatePostsTitleLength < ActiveRecord::Migration[6.1]

  def up
    execute <<-'SQL'
SET lock_timeout = '5s';

-- step 20: public.posts.posts_title_length (validate_check)
ALTER TABLE public.posts VALIDATE CONSTRAINT posts_title_length;
    SQL
  end

  def down
    execute <<-'SQL'
SET lock_timeout = '5s';

-- undo step 20: public.posts.posts_title_length: nothing to undo
    SQL
  end
end
