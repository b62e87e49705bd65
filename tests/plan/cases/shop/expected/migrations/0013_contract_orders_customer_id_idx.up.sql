-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 40: public.orders_customer_id_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY public.orders_customer_id_idx;
