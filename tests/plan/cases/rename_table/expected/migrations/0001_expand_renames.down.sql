SET lock_timeout = '5s';

-- undo step 6: public.customer
DROP VIEW public.customer;

-- undo step 5: public.clients_id_seq
ALTER SEQUENCE public.clients_id_seq RENAME TO customer_id_seq;

-- undo step 4: public.clients_tier_idx
ALTER INDEX public.clients_tier_idx RENAME TO customer_tier_idx;

-- undo step 3: public.clients.clients_email_key
ALTER TABLE public.clients RENAME CONSTRAINT clients_email_key TO customer_email_key;

-- undo step 2: public.clients.clients_pkey
ALTER TABLE public.clients RENAME CONSTRAINT clients_pkey TO customer_pkey;

-- undo step 1: public.clients
ALTER TABLE public.clients RENAME TO customer;
