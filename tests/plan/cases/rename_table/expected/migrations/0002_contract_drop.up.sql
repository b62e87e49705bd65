SET lock_timeout = '5s';

-- step 7: public.customer (drop_view)
DROP VIEW public.customer;
