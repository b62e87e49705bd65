-- rollgate:no-transaction

-- undo step 6: public.users.token: nothing to undo
