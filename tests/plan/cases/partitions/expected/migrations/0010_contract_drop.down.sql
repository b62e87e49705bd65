-- rollgate:lossy dropped tables come back empty
SET lock_timeout = '5s';

-- undo step 27: public.orders_ap
CREATE TABLE public.orders_ap (
    id bigint NOT NULL,
    region text NOT NULL,
    placed date NOT NULL
);
CREATE INDEX orders_ap_placed_idx ON public.orders_ap USING btree (placed);

-- undo step 26: public.orders_region_placed_idx: nothing to undo

-- undo step 25: public.orders.orders_pkey: nothing to undo

-- undo step 24: public.orders_placed_idx
CREATE INDEX orders_us_placed_idx ON public.orders_us USING btree (placed);
CREATE INDEX orders_eu_placed_idx ON public.orders_eu USING btree (placed);
CREATE INDEX orders_placed_idx ON public.orders USING btree (placed);
