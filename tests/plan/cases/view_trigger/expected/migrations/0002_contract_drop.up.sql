SET lock_timeout = '5s';

-- step 2: public.items_v.items_v_del (drop_trigger)
DROP TRIGGER items_v_del ON public.items_v;
