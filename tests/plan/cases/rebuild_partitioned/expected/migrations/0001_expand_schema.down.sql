SET lock_timeout = '5s';

-- undo step 18: public.orders
TRUNCATE public.orders_rg_old;
INSERT INTO public.orders_rg_old (id, placed_on, customer, total) SELECT id, placed_on, customer, total FROM public.orders;

-- undo step 17: public.orders_rest
ALTER TABLE public.orders DETACH PARTITION public.orders_rest;

-- undo step 16: public.orders_2025
ALTER TABLE public.orders DETACH PARTITION public.orders_2025;

-- undo step 15: public.order_totals
DROP VIEW public.order_totals;

-- undo step 14: public.orders_rest_customer_idx
DROP INDEX IF EXISTS public.orders_rest_customer_idx;

-- undo step 13: public.orders_customer_idx
DROP INDEX public.orders_customer_idx;

-- undo step 12: public.orders_2025_customer_idx
DROP INDEX IF EXISTS public.orders_2025_customer_idx;

-- undo step 11: public.orders_id_seq
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders_rg_old.id;

-- undo step 10: public.orders_rest.orders_rest_pkey
ALTER TABLE public.orders_rest DROP CONSTRAINT IF EXISTS orders_rest_pkey;

-- undo step 9: public.orders_rest
DROP TABLE public.orders_rest;

-- undo step 8: public.orders_2025.orders_2025_pkey
ALTER TABLE public.orders_2025 DROP CONSTRAINT IF EXISTS orders_2025_pkey;

-- undo step 7: public.orders_2025
DROP TABLE public.orders_2025;

-- undo step 6: public.orders.orders_pkey
ALTER TABLE public.orders DROP CONSTRAINT orders_pkey;

-- undo step 5: public.orders
DROP TABLE public.orders;

-- undo step 4: public.orders_customer_idx_rg_old
ALTER INDEX public.orders_customer_idx_rg_old RENAME TO orders_customer_idx;

-- undo step 3: public.orders_pkey_rg_old
ALTER INDEX public.orders_pkey_rg_old RENAME TO orders_pkey;

-- undo step 2: public.orders_rg_old
ALTER TABLE public.orders_rg_old RENAME TO orders;

-- undo step 1: public.order_totals
CREATE VIEW public.order_totals AS
SELECT customer, sum(total) AS total FROM orders GROUP BY customer;
