SET lock_timeout = '5s';

-- step 6: public.lookup_idx (alter_index_rename)
ALTER INDEX public.lookup_idx_rg_new RENAME TO lookup_idx;
