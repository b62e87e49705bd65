SET lock_timeout = '5s';

-- step 17: public.orders_us.orders_us_pkey (add_primary_key_using_index)
ALTER TABLE public.orders_us ADD CONSTRAINT orders_us_pkey PRIMARY KEY USING INDEX orders_us_pkey;

-- step 18: public.orders_eu.orders_eu_pkey (add_primary_key_using_index)
ALTER TABLE public.orders_eu ADD CONSTRAINT orders_eu_pkey PRIMARY KEY USING INDEX orders_eu_pkey;
