SET lock_timeout = '5s';

-- step 17: public.orders_rg_old (drop_table)
DROP TABLE public.orders_rg_old;
