SET lock_timeout = '5s';

-- step 41: public.customers.name (nothing): nothing to do on the way up; the down file does the work
