-- rollgate:no-transaction

-- undo step 7: public.customers.full_name: nothing to undo
