SET lock_timeout = '5s';

-- undo step 3: public.users.email_lower: nothing to undo
