SET lock_timeout = '5s';

-- step 22: public.audits.audits_region_code_fkey (validate_foreign_key)
ALTER TABLE public.audits VALIDATE CONSTRAINT audits_region_code_fkey;
