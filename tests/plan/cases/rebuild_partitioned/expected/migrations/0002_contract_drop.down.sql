-- rollgate:lossy dropped tables come back empty
SET lock_timeout = '5s';

-- undo step 19: public.orders_rg_old
CREATE TABLE public.orders_rg_old (
    id bigint DEFAULT nextval('public.orders_id_seq'::regclass) NOT NULL,
    placed_on date NOT NULL,
    customer text NOT NULL,
    total numeric(10,2) DEFAULT 0 NOT NULL
);
ALTER TABLE ONLY public.orders_rg_old
    ADD CONSTRAINT orders_pkey_rg_old PRIMARY KEY (id);
CREATE INDEX orders_customer_idx_rg_old ON public.orders_rg_old USING btree (customer);
