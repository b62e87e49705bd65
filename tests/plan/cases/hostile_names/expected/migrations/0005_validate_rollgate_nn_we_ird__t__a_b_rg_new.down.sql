SET lock_timeout = '5s';

-- undo step 11: public."We;ird ""T"""."a?b_rg_new": nothing to undo
