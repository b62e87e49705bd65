-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 9: public."We;ird ""T"""."a?b_rg_new": nothing to undo
