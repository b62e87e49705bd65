-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 70: public.no_key.n_rg_old
UPDATE public.no_key SET n_rg_old = (n)::integer WHERE n_rg_old IS DISTINCT FROM (n)::integer;
