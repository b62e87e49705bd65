-- rollgate:lossy dropped column comes back empty
SET lock_timeout = '5s';

-- undo step 1: public.items.legacy_code
ALTER TABLE public.items ADD COLUMN legacy_code text;
