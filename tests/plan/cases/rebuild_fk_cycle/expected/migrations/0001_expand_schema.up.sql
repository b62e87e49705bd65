SET lock_timeout = '5s';

-- step 1: public.accounts_rg_old (rename_table)
ALTER TABLE public.accounts RENAME TO accounts_rg_old;

-- step 2: public.accounts_region_code_key_rg_old (alter_index_rename)
ALTER INDEX public.accounts_region_code_key RENAME TO accounts_region_code_key_rg_old;

-- step 3: public.accounts_eu_rg_old (rename_table)
ALTER TABLE public.accounts_eu RENAME TO accounts_eu_rg_old;

-- step 4: public.accounts_eu_region_code_key_rg_old (alter_index_rename)
ALTER INDEX public.accounts_eu_region_code_key RENAME TO accounts_eu_region_code_key_rg_old;

-- step 5: public.branches_rg_old (rename_table)
ALTER TABLE public.branches RENAME TO branches_rg_old;

-- step 6: public.branches_region_code_key_rg_old (alter_index_rename)
ALTER INDEX public.branches_region_code_key RENAME TO branches_region_code_key_rg_old;

-- step 7: public.branches_eu_rg_old (rename_table)
ALTER TABLE public.branches_eu RENAME TO branches_eu_rg_old;

-- step 8: public.branches_eu_region_code_key_rg_old (alter_index_rename)
ALTER INDEX public.branches_eu_region_code_key RENAME TO branches_eu_region_code_key_rg_old;

-- step 9: public.accounts_rg_old.accounts_branch_fk (drop_constraint_foreign_key)
ALTER TABLE public.accounts_rg_old DROP CONSTRAINT accounts_branch_fk;

-- step 10: public.branches_rg_old.branches_account_fk (drop_constraint_foreign_key)
ALTER TABLE public.branches_rg_old DROP CONSTRAINT branches_account_fk;

-- step 11: public.audits.audits_region_code_fkey (drop_constraint_foreign_key)
ALTER TABLE public.audits DROP CONSTRAINT audits_region_code_fkey;

-- step 12: public.accounts (create_table)
CREATE TABLE public.accounts (
    region text NOT NULL,
    code text NOT NULL,
    home_code text
);

-- step 13: public.accounts.accounts_region_code_key (add_unique_constraint)
ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_region_code_key UNIQUE (region, code);

-- step 14: public.branches (create_table)
CREATE TABLE public.branches (
    region text NOT NULL,
    code text NOT NULL
);

-- step 15: public.branches.branches_region_code_key (add_unique_constraint)
ALTER TABLE ONLY public.branches
    ADD CONSTRAINT branches_region_code_key UNIQUE (region, code);

-- step 16: public.accounts (copy_rows)
INSERT INTO public.accounts (region, code, home_code) SELECT region, code, home_code FROM public.accounts_rg_old;

-- step 17: public.branches (copy_rows)
INSERT INTO public.branches (region, code) SELECT region, code FROM public.branches_rg_old;

-- step 18: public.accounts.accounts_branch_fk (add_foreign_key_not_valid)
ALTER TABLE public.accounts ADD CONSTRAINT accounts_branch_fk FOREIGN KEY (region, home_code) REFERENCES public.branches(region, code) NOT VALID;

-- step 19: public.audits.audits_region_code_fkey (add_foreign_key_not_valid)
ALTER TABLE public.audits ADD CONSTRAINT audits_region_code_fkey FOREIGN KEY (region, code) REFERENCES public.accounts(region, code) NOT VALID;

-- step 20: public.branches.branches_account_fk (add_foreign_key_not_valid)
ALTER TABLE public.branches ADD CONSTRAINT branches_account_fk FOREIGN KEY (region, code) REFERENCES public.accounts(region, code) NOT VALID;
