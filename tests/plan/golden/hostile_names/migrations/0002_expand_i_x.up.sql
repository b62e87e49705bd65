-- rollgate:no-transaction

-- step 7: public."i?x" (create_index_concurrently)
CREATE INDEX CONCURRENTLY "i
x" ON public."We;ird ""T""" USING btree ("+new");
