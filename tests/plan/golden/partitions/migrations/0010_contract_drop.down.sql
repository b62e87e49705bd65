-- rollgate:lossy dropped tables come back empty
SET lock_timeout = '5s';

-- undo step 23: public.orders_ap
CREATE TABLE public.orders_ap (
    id bigint NOT NULL,
    region text NOT NULL,
    placed date NOT NULL
);
CREATE INDEX orders_ap_placed_idx ON public.orders_ap USING btree (placed);

-- undo step 22: public.orders_region_placed_idx: nothing to undo

-- undo step 21: public.orders.orders_pkey: nothing to undo

-- undo step 20: public.orders_placed_idx
CREATE INDEX orders_us_placed_idx ON public.orders_us USING btree (placed);
CREATE INDEX orders_eu_placed_idx ON public.orders_eu USING btree (placed);
CREATE INDEX orders_placed_idx ON public.orders USING btree (placed);
