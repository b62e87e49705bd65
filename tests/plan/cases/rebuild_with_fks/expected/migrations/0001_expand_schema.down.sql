SET lock_timeout = '5s';

-- undo step 16: public.orders.orders_customer_id_fkey
ALTER TABLE public.orders DROP CONSTRAINT orders_customer_id_fkey;

-- undo step 15: public.order_lines.order_lines_order_id_fkey
ALTER TABLE public.order_lines DROP CONSTRAINT order_lines_order_id_fkey;

-- undo step 14: public.orders
TRUNCATE public.orders_rg_old;
INSERT INTO public.orders_rg_old (id, customer_id, total) SELECT id, customer_id, total FROM public.orders;

-- undo step 13: public.orders_1
ALTER TABLE public.orders DETACH PARTITION public.orders_1;

-- undo step 12: public.orders_0
ALTER TABLE public.orders DETACH PARTITION public.orders_0;

-- undo step 11: public.orders_id_seq
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders_rg_old.id;

-- undo step 10: public.orders_1.orders_1_pkey
ALTER TABLE public.orders_1 DROP CONSTRAINT IF EXISTS orders_1_pkey;

-- undo step 9: public.orders_1
DROP TABLE public.orders_1;

-- undo step 8: public.orders_0.orders_0_pkey
ALTER TABLE public.orders_0 DROP CONSTRAINT IF EXISTS orders_0_pkey;

-- undo step 7: public.orders_0
DROP TABLE public.orders_0;

-- undo step 6: public.orders.orders_pkey
ALTER TABLE public.orders DROP CONSTRAINT orders_pkey;

-- undo step 5: public.orders
DROP TABLE public.orders;

-- undo step 4: public.order_lines.order_lines_order_id_fkey
ALTER TABLE public.order_lines ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders_rg_old(id);

-- undo step 3: public.orders_rg_old.orders_customer_id_fkey
ALTER TABLE public.orders_rg_old ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);

-- undo step 2: public.orders_pkey_rg_old
ALTER INDEX public.orders_pkey_rg_old RENAME TO orders_pkey;

-- undo step 1: public.orders_rg_old
ALTER TABLE public.orders_rg_old RENAME TO orders;
