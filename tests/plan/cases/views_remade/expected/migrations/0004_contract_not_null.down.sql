SET lock_timeout = '5s';

-- undo step 11: public.item_list_idx
ALTER INDEX public.item_list_idx RENAME TO item_list_idx_rg_new;
