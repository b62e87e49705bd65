SET lock_timeout = '5s';

-- step 1: public.orders_sa (create_table)
CREATE TABLE public.orders_sa (
    id bigint NOT NULL,
    region text NOT NULL,
    placed date NOT NULL
);

-- step 2: public.orders_sa.orders_sa_pkey (add_primary_key)
ALTER TABLE ONLY public.orders_sa
    ADD CONSTRAINT orders_sa_pkey PRIMARY KEY (id, region);

-- step 3: public.orders_sa_region_placed_idx (create_index)
CREATE INDEX orders_sa_region_placed_idx ON public.orders_sa USING btree (region, placed);

-- step 4: public.orders_sa (attach_partition)
ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_sa FOR VALUES IN ('sa');
