SET lock_timeout = '5s';

-- step 11: public.orders.legacy (drop_column)
ALTER TABLE public.orders DROP COLUMN legacy;
