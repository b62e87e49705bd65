SET lock_timeout = '5s';

-- step 1: public.b_cents(integer) (create_function)
CREATE FUNCTION public.b_cents(i integer) RETURNS integer
    LANGUAGE sql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE NOT LEAKPROOF COST 100
    AS $$ SELECT cents FROM accounts WHERE id = i $$;

-- step 2: public.a_dollars(integer) (create_function)
CREATE FUNCTION public.a_dollars(i integer) RETURNS numeric
    LANGUAGE sql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE NOT LEAKPROOF COST 100
    AS $$ SELECT b_cents(i) / 100.0 $$;

-- step 3: public.account_dollars (create_view)
CREATE VIEW public.account_dollars AS
SELECT id, a_dollars(id) AS dollars FROM accounts;
