SET lock_timeout = '5s';

-- step 1: public.order_totals (drop_view)
DROP VIEW public.order_totals;

-- step 2: public.orders_rg_old (rename_table)
ALTER TABLE public.orders RENAME TO orders_rg_old;

-- step 3: public.orders_pkey_rg_old (alter_index_rename)
ALTER INDEX public.orders_pkey RENAME TO orders_pkey_rg_old;

-- step 4: public.orders_customer_idx_rg_old (alter_index_rename)
ALTER INDEX public.orders_customer_idx RENAME TO orders_customer_idx_rg_old;

-- step 5: public.orders (create_table)
CREATE TABLE public.orders (
    id bigint DEFAULT nextval('public.orders_id_seq'::regclass) NOT NULL,
    placed_on date NOT NULL,
    customer text NOT NULL,
    total numeric(10,2) DEFAULT 0 NOT NULL
)
PARTITION BY RANGE (placed_on);

-- step 6: public.orders.orders_pkey (add_primary_key)
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id, placed_on);

-- step 7: public.orders_2025 (create_table)
CREATE TABLE public.orders_2025 (
    id bigint DEFAULT nextval('public.orders_id_seq'::regclass) NOT NULL,
    placed_on date NOT NULL,
    customer text NOT NULL,
    total numeric(10,2) DEFAULT 0 NOT NULL
);

-- step 8: public.orders_2025.orders_2025_pkey (add_primary_key)
ALTER TABLE ONLY public.orders_2025
    ADD CONSTRAINT orders_2025_pkey PRIMARY KEY (id, placed_on);

-- step 9: public.orders_rest (create_table)
CREATE TABLE public.orders_rest (
    id bigint DEFAULT nextval('public.orders_id_seq'::regclass) NOT NULL,
    placed_on date NOT NULL,
    customer text NOT NULL,
    total numeric(10,2) DEFAULT 0 NOT NULL
);

-- step 10: public.orders_rest.orders_rest_pkey (add_primary_key)
ALTER TABLE ONLY public.orders_rest
    ADD CONSTRAINT orders_rest_pkey PRIMARY KEY (id, placed_on);

-- step 11: public.orders_id_seq (alter_sequence_owned_by)
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;

-- step 12: public.orders_2025_customer_idx (create_index)
CREATE INDEX orders_2025_customer_idx ON public.orders_2025 USING btree (customer);

-- step 13: public.orders_customer_idx (create_index)
CREATE INDEX orders_customer_idx ON public.orders USING btree (customer);

-- step 14: public.orders_rest_customer_idx (create_index)
CREATE INDEX orders_rest_customer_idx ON public.orders_rest USING btree (customer);

-- step 15: public.order_totals (create_view)
CREATE VIEW public.order_totals AS
SELECT customer, sum(total) AS total FROM orders GROUP BY customer;

-- step 16: public.orders_2025 (attach_partition_with_default)
ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- step 17: public.orders_rest (attach_partition)
ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_rest DEFAULT;

-- step 18: public.orders (copy_rows)
INSERT INTO public.orders (id, placed_on, customer, total) SELECT id, placed_on, customer, total FROM public.orders_rg_old;
