SET lock_timeout = '5s';

-- undo step 15: public.open_orders
DROP VIEW public.open_orders;

-- undo step 14: public.orders.total_cents_rg_new
DROP TRIGGER rollgate_sync_orders_total_cents_rg_new ON public.orders;

-- undo step 13: public.orders.total_cents_rg_new
DROP FUNCTION public.rollgate_sync_orders_total_cents_rg_new();

-- undo step 12: public.customers.full_name
DROP TRIGGER rollgate_sync_customers_full_name ON public.customers;

-- undo step 11: public.customers.full_name
DROP FUNCTION public.rollgate_sync_customers_full_name();

-- undo step 10: public.orders.orders_status_check
ALTER TABLE public.orders DROP CONSTRAINT orders_status_check;

-- undo step 9: public.orders.orders_status_check
ALTER TABLE public.orders ADD CONSTRAINT orders_status_check CHECK (status IN ('new', 'paid', 'shipped')) NOT VALID;

-- undo step 8: public.orders.total_cents_rg_new
ALTER TABLE public.orders DROP COLUMN total_cents_rg_new;

-- undo step 7: public.orders.note
ALTER TABLE public.orders DROP COLUMN note;

-- undo step 6: public.orders.currency
ALTER TABLE public.orders DROP COLUMN currency;

-- undo step 5: public.customers.full_name
ALTER TABLE public.customers DROP COLUMN full_name;

-- undo step 4: public.customers.email
ALTER TABLE public.customers ADD CONSTRAINT rollgate_back_customers_email CHECK (char_length(email) <= 120);
ALTER TABLE public.customers ALTER COLUMN email TYPE character varying(120) USING email::character varying(120);
ALTER TABLE public.customers DROP CONSTRAINT rollgate_back_customers_email;

-- undo step 3: public.currency
DROP TYPE public.currency;

-- undo step 2: public.open_orders
CREATE VIEW public.open_orders AS
SELECT o.id, c.email, o.total_cents FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status IN ('new', 'paid');
