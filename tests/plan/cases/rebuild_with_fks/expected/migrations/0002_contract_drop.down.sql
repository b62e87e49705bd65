-- rollgate:lossy dropped tables come back empty
SET lock_timeout = '5s';

-- undo step 17: public.orders_rg_old
CREATE TABLE public.orders_rg_old (
    id bigint DEFAULT nextval('public.orders_id_seq'::regclass) NOT NULL,
    customer_id bigint NOT NULL,
    total numeric(10,2) DEFAULT 0 NOT NULL
);
ALTER TABLE ONLY public.orders_rg_old
    ADD CONSTRAINT orders_pkey_rg_old PRIMARY KEY (id);
