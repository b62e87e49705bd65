SET lock_timeout = '5s';

-- undo step 2: public.items_v.items_v_del
CREATE TRIGGER items_v_del INSTEAD OF DELETE ON public.items_v FOR EACH ROW EXECUTE FUNCTION public.items_v_del();
