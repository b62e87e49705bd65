SET lock_timeout = '5s';

-- step 1: public.area(integer, integer) (drop_function)
DROP FUNCTION public.area(integer, integer);

-- step 2: public.area(integer, integer) (create_function)
CREATE FUNCTION public.area(width integer, height integer) RETURNS integer
    LANGUAGE sql IMMUTABLE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE NOT LEAKPROOF COST 100
    AS $$SELECT width * height$$;
