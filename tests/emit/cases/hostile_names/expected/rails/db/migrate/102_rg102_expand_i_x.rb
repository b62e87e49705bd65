# rollgate: expand stage, from migrations/0002_expand_i_x; runs outside a transaction
class Rg102ExpandIX < ActiveRecord::Migration[6.1]
  disable_ddl_transaction!

  def up
    execute <<-'SQL'
SET lock_timeout = '5s'
    SQL
    execute <<-'SQL'
SET statement_timeout = '0'
    SQL
    execute <<-'SQL'
DROP INDEX CONCURRENTLY IF EXISTS public."i
x"
    SQL
    execute <<-'SQL'
CREATE INDEX CONCURRENTLY "i
x" ON public."We;ird ""T""" USING btree ("+new")
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
DROP INDEX CONCURRENTLY IF EXISTS public."i
x"
    SQL
  end
end
