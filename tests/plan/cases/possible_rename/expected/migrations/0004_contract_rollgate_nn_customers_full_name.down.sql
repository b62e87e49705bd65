SET lock_timeout = '5s';

-- undo step 9: public.customers.full_name: nothing to undo
