SET lock_timeout = '5s';

-- step 19: public.orders_rg_old (drop_table)
DROP TABLE public.orders_rg_old;
