SET lock_timeout = '5s';

-- undo step 12: public.words.w_rg_new: nothing to undo
