SET lock_timeout = '5s';

-- undo step 7: public.customer
CREATE VIEW public.customer AS SELECT id, email, tier FROM public.clients;
