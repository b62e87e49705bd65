SET lock_timeout = '5s';

-- step 4: public.old_report (drop_view)
DROP VIEW public.old_report;

-- step 5: public.old_total() (drop_function)
DROP FUNCTION public.old_total();
