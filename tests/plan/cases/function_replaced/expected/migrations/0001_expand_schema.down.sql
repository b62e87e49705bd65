SET lock_timeout = '5s';

-- undo step 2: public.area(integer, integer)
DROP FUNCTION public.area(integer, integer);

-- undo step 1: public.area(integer, integer)
CREATE FUNCTION public.area(w integer, h integer) RETURNS integer
    LANGUAGE sql IMMUTABLE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE NOT LEAKPROOF COST 100
    AS $$SELECT w * h$$;
