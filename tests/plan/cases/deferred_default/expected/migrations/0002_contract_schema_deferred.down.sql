SET lock_timeout = '5s';

-- undo step 2: public.orders.status
ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new';
