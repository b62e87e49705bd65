SET lock_timeout = '5s';

-- step 1: public.clients (rename_table)
ALTER TABLE public.customer RENAME TO clients;

-- step 2: public.clients.clients_pkey (rename_constraint)
ALTER TABLE public.clients RENAME CONSTRAINT customer_pkey TO clients_pkey;

-- step 3: public.clients.clients_email_key (rename_constraint)
ALTER TABLE public.clients RENAME CONSTRAINT customer_email_key TO clients_email_key;

-- step 4: public.clients_tier_idx (alter_index_rename)
ALTER INDEX public.customer_tier_idx RENAME TO clients_tier_idx;

-- step 5: public.clients_id_seq (rename_table)
ALTER SEQUENCE public.customer_id_seq RENAME TO clients_id_seq;

-- step 6: public.customer (create_view)
CREATE VIEW public.customer AS SELECT id, email, tier FROM public.clients;
