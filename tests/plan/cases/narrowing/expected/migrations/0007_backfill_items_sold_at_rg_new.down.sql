-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 22: public.items.sold_at_rg_new: nothing to undo
