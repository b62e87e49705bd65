SET lock_timeout = '5s';

-- undo step 10: public.orders_lower
COMMENT ON STATISTICS public.orders_lower IS 'case-blind city';

-- undo step 9: public.shipments_carrier_service
DROP STATISTICS public.shipments_carrier_service;

-- undo step 8: public.orders_zip_city
DROP STATISTICS public.orders_zip_city;

-- undo step 7: public.orders_region_city
ALTER STATISTICS public.orders_region_city SET STATISTICS -1;

-- undo step 6: public.orders_customer_region
DROP STATISTICS public.orders_customer_region;

-- undo step 5: public.shipments.shipments_pkey
ALTER TABLE public.shipments DROP CONSTRAINT shipments_pkey;

-- undo step 4: public.shipments
DROP TABLE public.shipments;

-- undo step 3: public.orders_zip_city
CREATE STATISTICS public.orders_zip_city (dependencies) ON city, zip FROM public.orders;

-- undo step 2: public.orders_old
CREATE STATISTICS public.orders_old ON customer_id, zip FROM public.orders;

-- undo step 1: public.orders_legacy
CREATE STATISTICS public.orders_legacy ON region, legacy FROM public.orders;
