SET lock_timeout = '5s';

-- undo step 25: public."We;ird ""T"""."=cmd": nothing to undo
