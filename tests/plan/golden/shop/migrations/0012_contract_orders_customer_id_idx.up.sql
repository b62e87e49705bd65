-- rollgate:no-transaction

-- step 37: public.orders_customer_id_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY public.orders_customer_id_idx;
