SET lock_timeout = '5s';

-- step 1: public.orders_legacy (drop_statistics)
DROP STATISTICS public.orders_legacy;

-- step 2: public.orders_old (drop_statistics)
DROP STATISTICS public.orders_old;

-- step 3: public.orders_zip_city (drop_statistics)
DROP STATISTICS public.orders_zip_city;

-- step 4: public.shipments (create_table)
CREATE TABLE public.shipments (
    id bigint NOT NULL,
    carrier text,
    service text
);

-- step 5: public.shipments.shipments_pkey (add_primary_key)
ALTER TABLE ONLY public.shipments
    ADD CONSTRAINT shipments_pkey PRIMARY KEY (id);

-- step 6: public.orders_customer_region (create_statistics)
CREATE STATISTICS public.orders_customer_region (mcv) ON customer_id, (upper(region)) FROM public.orders;
COMMENT ON STATISTICS public.orders_customer_region IS 'who buys where';

-- step 7: public.orders_region_city (alter_statistics_target)
ALTER STATISTICS public.orders_region_city SET STATISTICS 1000;

-- step 8: public.orders_zip_city (create_statistics)
CREATE STATISTICS public.orders_zip_city (ndistinct, dependencies) ON city, zip FROM public.orders;

-- step 9: public.shipments_carrier_service (create_statistics)
CREATE STATISTICS public.shipments_carrier_service ON carrier, service FROM public.shipments;

-- step 10: public.orders_lower (comment_on_statistics)
COMMENT ON STATISTICS public.orders_lower IS 'city, any case';
