SET lock_timeout = '5s';

-- undo step 10: public.email.email_len: nothing to undo
