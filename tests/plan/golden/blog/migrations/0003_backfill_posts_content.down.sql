-- rollgate:no-transaction

-- undo step 13: public.posts.content: nothing to undo
