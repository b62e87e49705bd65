-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 40: public.orders_customer_id_idx
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON public.orders USING btree (customer_id);
