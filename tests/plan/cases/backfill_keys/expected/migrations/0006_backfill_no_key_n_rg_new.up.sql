SET lock_timeout = '5s';

-- step 20: public.no_key.n_rg_new (update_rows)
UPDATE public.no_key SET n_rg_new = ((n)::bigint) WHERE n_rg_new IS DISTINCT FROM (n)::bigint;
