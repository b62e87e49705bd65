SET lock_timeout = '5s';

-- step 1: public.audit (set_reloption_other)
ALTER TABLE public.audit SET (user_catalog_table=true);

-- step 2: public.cache (set_logged)
ALTER TABLE public.cache SET LOGGED;

-- step 3: public.hot (set_autovacuum_param)
ALTER TABLE public.hot SET (fillfactor=70);
ALTER TABLE public.hot RESET (autovacuum_vacuum_scale_factor);

-- step 4: public.scratch (set_unlogged)
ALTER TABLE public.scratch SET UNLOGGED;

-- step 5: public.hot.v (set_statistics)
ALTER TABLE public.hot ALTER COLUMN v SET STATISTICS -1;

-- step 6: public.scratch.v (set_statistics)
ALTER TABLE public.scratch ALTER COLUMN v SET STATISTICS 200;

-- step 7: public.audit (replica_identity)
ALTER TABLE public.audit REPLICA IDENTITY FULL;
