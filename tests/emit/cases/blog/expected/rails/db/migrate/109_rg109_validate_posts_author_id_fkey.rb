# rollgate: validate stage, from migrations/0009_validate_posts_author_id_fkey
class Rg109ValidatePostsAuthorIdFkey < ActiveRecord::Migration[6.1]

  def up
    execute <<-'SQL'
SET lock_timeout = '5s';

-- step 21: public.posts.posts_author_id_fkey (validate_foreign_key)
ALTER TABLE public.posts VALIDATE CONSTRAINT posts_author_id_fkey;
    SQL
  end

  def down
    execute <<-'SQL'
SET lock_timeout = '5s';

-- undo step 21: public.posts.posts_author_id_fkey: nothing to undo
    SQL
  end
end
