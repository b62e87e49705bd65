SET lock_timeout = '5s';

-- undo step 9: public.email.email_at: nothing to undo
