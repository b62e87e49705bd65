SET lock_timeout = '5s';

-- undo step 5: public.addr.note
ALTER TYPE public.addr ADD ATTRIBUTE note text;
