-- rollgate:no-transaction

-- undo step 8: public.customers.remark: nothing to undo
