SET lock_timeout = '5s';

-- step 31: public.open_orders (drop_view)
DROP VIEW public.open_orders;

-- step 32: public.orders.total_cents_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_orders_total_cents_rg_new ON public.orders;

-- step 33: public.orders.total_cents_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_orders_total_cents_rg_new();

-- step 34: public.orders.total_cents (drop_not_null)
ALTER TABLE public.orders ALTER COLUMN total_cents DROP NOT NULL;

-- step 35: public.orders.total_cents (drop_default)
ALTER TABLE public.orders ALTER COLUMN total_cents DROP DEFAULT;

-- step 36: public.orders.total_cents (rename_column)
ALTER TABLE public.orders RENAME COLUMN total_cents TO total_cents_rg_old;

-- step 37: public.orders.total_cents (rename_column)
ALTER TABLE public.orders RENAME COLUMN total_cents_rg_new TO total_cents;

-- step 38: public.orders.total_cents (set_default)
ALTER TABLE public.orders ALTER COLUMN total_cents SET DEFAULT 0;

-- step 39: public.open_orders (create_view)
CREATE VIEW public.open_orders AS
SELECT o.id, c.email, o.total_cents, o.currency FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status IN ('new', 'paid');
