-- rollgate:no-transaction

-- undo step 14: public.posts.views_rg_new: nothing to undo
