SET lock_timeout = '5s';

-- step 1: public.client_events (create_table)
CREATE TABLE public.client_events (
    id bigint NOT NULL,
    customer_id bigint,
    what text
);

-- step 2: public.client_events.client_events_pkey (add_primary_key)
ALTER TABLE ONLY public.client_events
    ADD CONSTRAINT client_events_pkey PRIMARY KEY (id);

-- step 3: public.customers.full_name (add_column_nullable)
ALTER TABLE public.customers ADD COLUMN full_name text;

-- step 4: public.customers.remark (add_column_nullable)
ALTER TABLE public.customers ADD COLUMN remark character varying(20);
