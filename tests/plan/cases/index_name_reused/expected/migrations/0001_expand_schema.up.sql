SET lock_timeout = '5s';

-- step 1: public.catalog_items (create_table)
CREATE TABLE public.catalog_items (
    code text NOT NULL,
    region text NOT NULL,
    name text
);

-- step 2: public.lookup_idx (create_unique_index)
CREATE UNIQUE INDEX lookup_idx_rg_new ON public.catalog_items USING btree (code, region);

-- step 3: public.orders.orders_code_region_fkey (add_foreign_key_not_valid)
ALTER TABLE public.orders ADD CONSTRAINT orders_code_region_fkey FOREIGN KEY (code, region) REFERENCES public.catalog_items(code, region) NOT VALID;
