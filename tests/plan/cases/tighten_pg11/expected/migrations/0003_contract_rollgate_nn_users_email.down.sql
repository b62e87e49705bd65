SET lock_timeout = '2s';

-- undo step 3: public.users.email: nothing to undo
