-- rollgate:no-transaction

-- step 16: public.orders_customer_id_placed_at_idx (create_index_concurrently)
CREATE INDEX CONCURRENTLY orders_customer_id_placed_at_idx ON public.orders USING btree (customer_id, placed_at DESC);
