SET lock_timeout = '5s';

-- undo step 11: public."We;ird ""T"""."c""k": nothing to undo
