-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 23: public.orders_ap (detach_partition_concurrently)
ALTER TABLE public.orders DETACH PARTITION public.orders_ap CONCURRENTLY;
