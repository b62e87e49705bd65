# rollgate: contract stage, from migrations/0012_contract_posts_author_id_idx; runs outside a transaction
class Rg112ContractPostsAuthorIdIdx < ActiveRecord::Migration[6.1]
  disable_ddl_transaction!

  def up
    execute <<-'SQL'
SET lock_timeout = '5s'
    SQL
    execute <<-'SQL'
SET statement_timeout = '0'
    SQL
    execute <<-'SQL'
DROP INDEX CONCURRENTLY public.posts_author_id_idx
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
CREATE INDEX CONCURRENTLY posts_author_id_idx ON public.posts USING btree (author_id)
    SQL
  end
end
