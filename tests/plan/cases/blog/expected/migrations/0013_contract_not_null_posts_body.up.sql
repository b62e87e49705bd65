SET lock_timeout = '5s';

-- step 34: public.posts.body (nothing): nothing to do on the way up; the down file does the work
