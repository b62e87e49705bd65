SET lock_timeout = '5s';

-- step 1: public.orders_rg_old (rename_table)
ALTER TABLE public.orders RENAME TO orders_rg_old;

-- step 2: public.orders_pkey_rg_old (alter_index_rename)
ALTER INDEX public.orders_pkey RENAME TO orders_pkey_rg_old;

-- step 3: public.orders_rg_old.orders_customer_id_fkey (drop_constraint_foreign_key)
ALTER TABLE public.orders_rg_old DROP CONSTRAINT orders_customer_id_fkey;

-- step 4: public.order_lines.order_lines_order_id_fkey (drop_constraint_foreign_key)
ALTER TABLE public.order_lines DROP CONSTRAINT order_lines_order_id_fkey;

-- step 5: public.orders (create_table)
CREATE TABLE public.orders (
    id bigint DEFAULT nextval('public.orders_id_seq'::regclass) NOT NULL,
    customer_id bigint NOT NULL,
    total numeric(10,2) DEFAULT 0 NOT NULL
)
PARTITION BY HASH (id);

-- step 6: public.orders.orders_pkey (add_primary_key)
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

-- step 7: public.orders_0 (create_table)
CREATE TABLE public.orders_0 (
    id bigint DEFAULT nextval('public.orders_id_seq'::regclass) NOT NULL,
    customer_id bigint NOT NULL,
    total numeric(10,2) DEFAULT 0 NOT NULL
);

-- step 8: public.orders_0.orders_0_pkey (add_primary_key)
ALTER TABLE ONLY public.orders_0
    ADD CONSTRAINT orders_0_pkey PRIMARY KEY (id);

-- step 9: public.orders_1 (create_table)
CREATE TABLE public.orders_1 (
    id bigint DEFAULT nextval('public.orders_id_seq'::regclass) NOT NULL,
    customer_id bigint NOT NULL,
    total numeric(10,2) DEFAULT 0 NOT NULL
);

-- step 10: public.orders_1.orders_1_pkey (add_primary_key)
ALTER TABLE ONLY public.orders_1
    ADD CONSTRAINT orders_1_pkey PRIMARY KEY (id);

-- step 11: public.orders_id_seq (alter_sequence_owned_by)
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;

-- step 12: public.orders_0 (attach_partition)
ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_0 FOR VALUES WITH (modulus 2, remainder 0);

-- step 13: public.orders_1 (attach_partition)
ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_1 FOR VALUES WITH (modulus 2, remainder 1);

-- step 14: public.orders (copy_rows)
INSERT INTO public.orders (id, customer_id, total) SELECT id, customer_id, total FROM public.orders_rg_old;

-- step 15: public.order_lines.order_lines_order_id_fkey (add_foreign_key)
ALTER TABLE public.order_lines ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id);

-- step 16: public.orders.orders_customer_id_fkey (add_foreign_key)
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);
