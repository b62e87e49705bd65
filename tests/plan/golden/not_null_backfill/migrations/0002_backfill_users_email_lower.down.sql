-- rollgate:no-transaction

-- undo step 4: public.users.email_lower: nothing to undo
