# rollgate: contract stage, from migrations/0012_contract_rollgate_nn_we_ird__t___cmd
class Rg112ContractRollgateNnWeIrdTCmd < ActiveRecord::Migration[6.1]

  def up
    execute <<-'SQL'
SET lock_timeout = '5s';

-- step 25: public."We;ird ""T"""."=cmd" (validate_check)
ALTER TABLE public."We;ird ""T""" VALIDATE CONSTRAINT "rollgate_nn_We;ird ""T""_=cmd";
    SQL
  end

  def down
    execute <<-'SQL'
SET lock_timeout = '5s';

-- undo step 25: public."We;ird ""T"""."=cmd": nothing to undo
    SQL
  end
end
