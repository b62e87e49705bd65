SET lock_timeout = '5s';

-- step 3: public.gone(integer) (drop_function)
DROP FUNCTION public.gone(integer);
