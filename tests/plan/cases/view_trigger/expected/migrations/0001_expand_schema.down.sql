SET lock_timeout = '5s';

-- undo step 1: public.items_v.items_v_ins
DROP TRIGGER items_v_ins ON public.items_v;
