SET lock_timeout = '5s';

-- undo step 1: public.audit.seq
ALTER TABLE public.audit DROP COLUMN seq;
