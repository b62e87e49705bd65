SET lock_timeout = '5s';

-- undo step 5: public.old_total()
CREATE FUNCTION public.old_total() RETURNS bigint
    LANGUAGE sql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE NOT LEAKPROOF COST 100
    AS $$ SELECT sum(cents) FROM accounts $$;

-- undo step 4: public.old_report
CREATE VIEW public.old_report AS
SELECT old_total() AS total;
