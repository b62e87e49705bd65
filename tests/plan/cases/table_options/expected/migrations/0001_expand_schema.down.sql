SET lock_timeout = '5s';

-- undo step 7: public.audit
ALTER TABLE public.audit REPLICA IDENTITY DEFAULT;

-- undo step 6: public.scratch.v
ALTER TABLE public.scratch ALTER COLUMN v SET STATISTICS -1;

-- undo step 5: public.hot.v
ALTER TABLE public.hot ALTER COLUMN v SET STATISTICS 500;

-- undo step 4: public.scratch
ALTER TABLE public.scratch SET LOGGED;

-- undo step 3: public.hot
ALTER TABLE public.hot SET (fillfactor=90, autovacuum_vacuum_scale_factor=0.2);

-- undo step 2: public.cache
ALTER TABLE public.cache SET UNLOGGED;

-- undo step 1: public.audit
ALTER TABLE public.audit RESET (user_catalog_table);
