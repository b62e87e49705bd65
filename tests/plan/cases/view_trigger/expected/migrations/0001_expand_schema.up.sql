SET lock_timeout = '5s';

-- step 1: public.items_v.items_v_ins (create_trigger)
CREATE TRIGGER items_v_ins INSTEAD OF INSERT ON public.items_v FOR EACH ROW EXECUTE FUNCTION public.items_v_ins();
