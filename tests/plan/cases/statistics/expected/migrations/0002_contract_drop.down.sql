-- rollgate:lossy dropped column comes back empty
SET lock_timeout = '5s';

-- undo step 11: public.orders.legacy
ALTER TABLE public.orders ADD COLUMN legacy integer;
