-- rollgate:lossy the down computes the column again: values written since are replaced
SET lock_timeout = '5s';

-- undo step 1: public.items.legacy
ALTER TABLE public.items DROP COLUMN legacy;
ALTER TABLE public.items ADD COLUMN legacy numeric GENERATED ALWAYS AS (price * 2) STORED;
