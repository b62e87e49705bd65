-- rollgate:lossy dropped column comes back NOT NULL holding a placeholder value
SET lock_timeout = '5s';

-- undo step 7: public.customer_events
CREATE TABLE public.customer_events (
    id bigint NOT NULL,
    customer_id bigint,
    what text
);
ALTER TABLE ONLY public.customer_events
    ADD CONSTRAINT customer_events_pkey PRIMARY KEY (id);

-- undo step 6: public.customers.note
ALTER TABLE public.customers ADD COLUMN note character varying(20);

-- undo step 5: public.customers.name
ALTER TABLE public.customers ADD COLUMN name text DEFAULT ''::text NOT NULL;
ALTER TABLE public.customers ALTER COLUMN name DROP DEFAULT;
