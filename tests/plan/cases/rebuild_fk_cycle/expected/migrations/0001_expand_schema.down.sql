SET lock_timeout = '5s';

-- undo step 20: public.branches.branches_account_fk
ALTER TABLE public.branches DROP CONSTRAINT branches_account_fk;

-- undo step 19: public.audits.audits_region_code_fkey
ALTER TABLE public.audits DROP CONSTRAINT audits_region_code_fkey;

-- undo step 18: public.accounts.accounts_branch_fk
ALTER TABLE public.accounts DROP CONSTRAINT accounts_branch_fk;

-- undo step 17: public.branches
TRUNCATE public.branches_rg_old;
INSERT INTO public.branches_rg_old (region, code) SELECT region, code FROM public.branches;

-- undo step 16: public.accounts
TRUNCATE public.accounts_rg_old;
INSERT INTO public.accounts_rg_old (region, code, home_code) SELECT region, code, home_code FROM public.accounts;

-- undo step 15: public.branches.branches_region_code_key
ALTER TABLE public.branches DROP CONSTRAINT branches_region_code_key;

-- undo step 14: public.branches
DROP TABLE public.branches;

-- undo step 13: public.accounts.accounts_region_code_key
ALTER TABLE public.accounts DROP CONSTRAINT accounts_region_code_key;

-- undo step 12: public.accounts
DROP TABLE public.accounts;

-- undo step 11: public.audits.audits_region_code_fkey
ALTER TABLE public.audits ADD CONSTRAINT audits_region_code_fkey FOREIGN KEY (region, code) REFERENCES public.accounts_rg_old(region, code);

-- undo step 10: public.branches_rg_old.branches_account_fk
ALTER TABLE public.branches_rg_old ADD CONSTRAINT branches_account_fk FOREIGN KEY (region, code) REFERENCES public.accounts_rg_old(region, code);

-- undo step 9: public.accounts_rg_old.accounts_branch_fk
ALTER TABLE public.accounts_rg_old ADD CONSTRAINT accounts_branch_fk FOREIGN KEY (region, home_code) REFERENCES public.branches_rg_old(region, code);

-- undo step 8: public.branches_eu_region_code_key_rg_old
ALTER INDEX public.branches_eu_region_code_key_rg_old RENAME TO branches_eu_region_code_key;

-- undo step 7: public.branches_eu_rg_old
ALTER TABLE public.branches_eu_rg_old RENAME TO branches_eu;

-- undo step 6: public.branches_region_code_key_rg_old
ALTER INDEX public.branches_region_code_key_rg_old RENAME TO branches_region_code_key;

-- undo step 5: public.branches_rg_old
ALTER TABLE public.branches_rg_old RENAME TO branches;

-- undo step 4: public.accounts_eu_region_code_key_rg_old
ALTER INDEX public.accounts_eu_region_code_key_rg_old RENAME TO accounts_eu_region_code_key;

-- undo step 3: public.accounts_eu_rg_old
ALTER TABLE public.accounts_eu_rg_old RENAME TO accounts_eu;

-- undo step 2: public.accounts_region_code_key_rg_old
ALTER INDEX public.accounts_region_code_key_rg_old RENAME TO accounts_region_code_key;

-- undo step 1: public.accounts_rg_old
ALTER TABLE public.accounts_rg_old RENAME TO accounts;
