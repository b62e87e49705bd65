SET lock_timeout = '5s';

-- undo step 8: public.users.token: nothing to undo
