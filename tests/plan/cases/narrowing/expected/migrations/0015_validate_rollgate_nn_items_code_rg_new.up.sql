SET lock_timeout = '5s';

-- step 37: public.items.code_rg_new (validate_check)
ALTER TABLE public.items VALIDATE CONSTRAINT rollgate_nn_items_code_rg_new;
