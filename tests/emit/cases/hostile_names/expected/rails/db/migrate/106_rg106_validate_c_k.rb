# rollgate: validate stage, from migrations/0006_validate_c_k
class Rg106ValidateCK < ActiveRecord::Migration[6.1]

  def up
    execute <<-'SQL'
SET lock_timeout = '5s';

-- step 12: public."We;ird ""T"""."c""k" (validate_check)
ALTER TABLE public."We;ird ""T""" VALIDATE CONSTRAINT "c""k";
    SQL
  end

  def down
    execute <<-'SQL'
SET lock_timeout = '5s';

-- undo step 12: public."We;ird ""T"""."c""k": nothing to undo
    SQL
  end
end
