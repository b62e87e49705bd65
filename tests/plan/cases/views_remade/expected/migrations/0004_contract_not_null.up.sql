SET lock_timeout = '5s';

-- step 11: public.item_list_idx (alter_index_rename)
ALTER INDEX public.item_list_idx_rg_new RENAME TO item_list_idx;
