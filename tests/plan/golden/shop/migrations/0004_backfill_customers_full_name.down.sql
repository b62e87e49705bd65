-- rollgate:no-transaction

-- undo step 17: public.customers.full_name: nothing to undo
