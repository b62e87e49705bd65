SET lock_timeout = '5s';

-- undo step 8: public.posint.posint_check1: nothing to undo
