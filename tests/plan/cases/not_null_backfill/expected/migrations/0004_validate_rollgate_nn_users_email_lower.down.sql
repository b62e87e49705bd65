SET lock_timeout = '5s';

-- undo step 6: public.users.email_lower: nothing to undo
