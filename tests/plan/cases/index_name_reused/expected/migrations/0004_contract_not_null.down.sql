SET lock_timeout = '5s';

-- undo step 6: public.lookup_idx
ALTER INDEX public.lookup_idx RENAME TO lookup_idx_rg_new;
