SET lock_timeout = '5s';

-- undo step 21: public.readings
TRUNCATE public.readings_rg_old;
INSERT INTO public.readings_rg_old (sensor, region, taken_at, value) SELECT sensor, region, taken_at, value FROM public.readings;

-- undo step 20: public.readings_old
ALTER TABLE public.readings DETACH PARTITION public.readings_old;

-- undo step 19: public.readings_eu
ALTER TABLE public.readings DETACH PARTITION public.readings_eu;

-- undo step 18: public.readings_taken_idx
DROP INDEX public.readings_taken_idx;

-- undo step 17: public.readings_old_taken_at_idx
DROP INDEX IF EXISTS public.readings_old_taken_at_idx;

-- undo step 16: public.readings_eu_taken_at_idx
DROP INDEX IF EXISTS public.readings_eu_taken_at_idx;

-- undo step 15: public.readings_old.readings_old_pkey
ALTER TABLE public.readings_old DROP CONSTRAINT IF EXISTS readings_old_pkey;

-- undo step 14: public.readings_old
DROP TABLE public.readings_old;

-- undo step 13: public.readings_eu.readings_eu_pkey
ALTER TABLE public.readings_eu DROP CONSTRAINT IF EXISTS readings_eu_pkey;

-- undo step 12: public.readings_eu
DROP TABLE public.readings_eu;

-- undo step 11: public.readings.readings_pkey
ALTER TABLE public.readings DROP CONSTRAINT readings_pkey;

-- undo step 10: public.readings
DROP TABLE public.readings;

-- undo step 9: public.readings_us_taken_at_idx_rg_old
ALTER INDEX public.readings_us_taken_at_idx_rg_old RENAME TO readings_us_taken_at_idx;

-- undo step 8: public.readings_eu_taken_at_idx_rg_old
ALTER INDEX public.readings_eu_taken_at_idx_rg_old RENAME TO readings_eu_taken_at_idx;

-- undo step 7: public.readings_taken_idx_rg_old
ALTER INDEX public.readings_taken_idx_rg_old RENAME TO readings_taken_idx;

-- undo step 6: public.readings_us_pkey_rg_old
ALTER INDEX public.readings_us_pkey_rg_old RENAME TO readings_us_pkey;

-- undo step 5: public.readings_us_rg_old
ALTER TABLE public.readings_us_rg_old RENAME TO readings_us;

-- undo step 4: public.readings_eu_pkey_rg_old
ALTER INDEX public.readings_eu_pkey_rg_old RENAME TO readings_eu_pkey;

-- undo step 3: public.readings_eu_rg_old
ALTER TABLE public.readings_eu_rg_old RENAME TO readings_eu;

-- undo step 2: public.readings_pkey_rg_old
ALTER INDEX public.readings_pkey_rg_old RENAME TO readings_pkey;

-- undo step 1: public.readings_rg_old
ALTER TABLE public.readings_rg_old RENAME TO readings;
