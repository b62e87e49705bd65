SET lock_timeout = '5s';

-- step 1: public.orders.note (add_column_nullable)
ALTER TABLE public.orders ADD COLUMN note text;
