# rails_migrate.rb DB up|down PATH... — runs the Rails migrations of the
# given folders with ActiveRecord's own migrator (what `rails db:migrate`
# calls), on the database DB reached through PGHOST/PGPORT/PGUSER: `up`
# applies every pending one, `down` reverts all of them, newest first.
require "active_record"

db, direction, *paths = ARGV
ActiveRecord::Base.establish_connection(
  adapter: "postgresql", database: db, host: ENV.fetch("PGHOST"),
  port: ENV.fetch("PGPORT"), username: ENV.fetch("PGUSER"))
ActiveRecord::Migration.verbose = false
context = ActiveRecord::MigrationContext.new(paths, ActiveRecord::Base.connection.schema_migration)
if direction == "up"
  context.migrate
else
  context.migrate(0)
end
