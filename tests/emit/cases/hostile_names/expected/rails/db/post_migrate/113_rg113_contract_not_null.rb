# rollgate: contract stage, from migrations/0013_contract_not_null
class Rg113ContractNotNull < ActiveRecord::Migration[6.1]

  def up
    execute <<-'SQL'
SET lock_timeout = '5s';

-- step 26: public."We;ird ""T"""."=cmd" (set_not_null_with_valid_check)
ALTER TABLE public."We;ird ""T""" ALTER COLUMN "=cmd" SET NOT NULL;

-- step 27: public."We;ird ""T"""."=cmd" (drop_constraint_check)
ALTER TABLE public."We;ird ""T""" DROP CONSTRAINT "rollgate_nn_We;ird ""T""_=cmd";
    SQL
  end

  def down
    execute <<-'SQL'
SET lock_timeout = '5s';

-- undo step 27: public."We;ird ""T"""."=cmd"
ALTER TABLE public."We;ird ""T""" ADD CONSTRAINT "rollgate_nn_We;ird ""T""_=cmd" CHECK ("=cmd" IS NOT NULL) NOT VALID;

-- undo step 26: public."We;ird ""T"""."=cmd"
ALTER TABLE public."We;ird ""T""" ALTER COLUMN "=cmd" DROP NOT NULL;
    SQL
  end
end
