# rollgate: contract stage, from migrations/0011_contract_not_null_checks
class Rg111ContractNotNullChecks < ActiveRecord::Migration[6.1]

  def up
    execute <<-'SQL'
SET lock_timeout = '5s';

-- step 24: public."We;ird ""T"""."=cmd" (add_check_not_valid)
ALTER TABLE public."We;ird ""T""" ADD CONSTRAINT "rollgate_nn_We;ird ""T""_=cmd" CHECK ("=cmd" IS NOT NULL) NOT VALID;
    SQL
  end

  def down
    execute <<-'SQL'
SET lock_timeout = '5s';

-- undo step 24: public."We;ird ""T"""."=cmd"
ALTER TABLE public."We;ird ""T""" DROP CONSTRAINT "rollgate_nn_We;ird ""T""_=cmd";
    SQL
  end
end
