SET lock_timeout = '5s';

-- undo step 3: public.account_dollars
DROP VIEW public.account_dollars;

-- undo step 2: public.a_dollars(integer)
DROP FUNCTION public.a_dollars(integer);

-- undo step 1: public.b_cents(integer)
DROP FUNCTION public.b_cents(integer);
