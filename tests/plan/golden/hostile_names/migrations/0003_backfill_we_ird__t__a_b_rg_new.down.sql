-- rollgate:no-transaction

-- undo step 8: public."We;ird ""T"""."a?b_rg_new": nothing to undo
