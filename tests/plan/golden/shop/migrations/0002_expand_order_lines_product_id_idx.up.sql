-- rollgate:no-transaction

-- step 15: public.order_lines_product_id_idx (create_index_concurrently)
CREATE INDEX CONCURRENTLY order_lines_product_id_idx ON public.order_lines USING btree (product_id);
