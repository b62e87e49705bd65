SET lock_timeout = '5s';

-- undo step 3: public.gone(integer)
CREATE FUNCTION public.gone(x integer) RETURNS integer
    LANGUAGE sql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE NOT LEAKPROOF COST 100
    AS $$SELECT x$$;
