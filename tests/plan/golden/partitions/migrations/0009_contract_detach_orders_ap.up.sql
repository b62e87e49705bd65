-- rollgate:no-transaction

-- step 19: public.orders_ap (detach_partition_concurrently)
ALTER TABLE public.orders DETACH PARTITION public.orders_ap CONCURRENTLY;
