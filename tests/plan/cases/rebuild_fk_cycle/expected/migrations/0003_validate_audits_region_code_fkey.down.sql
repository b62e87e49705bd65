SET lock_timeout = '5s';

-- undo step 22: public.audits.audits_region_code_fkey: nothing to undo
