-- rollgate:no-transaction

-- undo step 37: public.orders_customer_id_idx
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON public.orders USING btree (customer_id);
