SET lock_timeout = '5s';

-- step 5: public.customers.name (drop_column)
ALTER TABLE public.customers DROP COLUMN name;

-- step 6: public.customers.note (drop_column)
ALTER TABLE public.customers DROP COLUMN note;

-- step 7: public.customer_events (drop_table)
DROP TABLE public.customer_events;
