# rollgate: expand stage, from migrations/0002_expand_posts_author_id_created_at_idx; runs outside a transaction
class Rg102ExpandPostsAuthorIdCreatedAtIdx < ActiveRecord::Migration[6.1]
  disable_ddl_transaction!

  def up
    execute <<-'SQL'
SET lock_timeout = '5s'
    SQL
    execute <<-'SQL'
SET statement_timeout = '0'
    SQL
    execute <<-'SQL'
DROP INDEX CONCURRENTLY IF EXISTS public.posts_author_id_created_at_idx
    SQL
    execute <<-'SQL'
CREATE INDEX CONCURRENTLY posts_author_id_created_at_idx ON public.posts USING btree (author_id, created_at DESC)
    SQL
  end

  def down
    execute <<-'SQL'
SET lock_timeout = '5s'
    SQL
    execute <<-'SQL'
SET statement_timeout = '0'
    SQL
    execute <<-'SQL'
DROP INDEX CONCURRENTLY IF EXISTS public.posts_author_id_created_at_idx
    SQL
  end
end
