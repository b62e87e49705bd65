-- rollgate:no-transaction

-- undo step 5: public.users.seen_at: nothing to undo
