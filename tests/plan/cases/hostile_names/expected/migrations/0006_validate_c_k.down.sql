SET lock_timeout = '5s';

-- undo step 12: public."We;ird ""T"""."c""k": nothing to undo
