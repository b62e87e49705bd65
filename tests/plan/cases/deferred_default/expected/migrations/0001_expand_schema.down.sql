SET lock_timeout = '5s';

-- undo step 1: public.orders.note
ALTER TABLE public.orders DROP COLUMN note;
