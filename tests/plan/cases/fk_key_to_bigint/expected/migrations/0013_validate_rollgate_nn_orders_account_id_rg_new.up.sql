SET lock_timeout = '5s';

-- step 27: public.orders.account_id_rg_new (validate_check)
ALTER TABLE public.orders VALIDATE CONSTRAINT rollgate_nn_orders_account_id_rg_new;
