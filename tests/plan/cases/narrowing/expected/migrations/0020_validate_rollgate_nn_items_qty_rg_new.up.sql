SET lock_timeout = '5s';

-- step 42: public.items.qty_rg_new (validate_check)
ALTER TABLE public.items VALIDATE CONSTRAINT rollgate_nn_items_qty_rg_new;
