-- rollgate:lossy dropped tables come back empty
SET lock_timeout = '5s';

-- undo step 27: public.branches_rg_old
CREATE TABLE public.branches_rg_old (
    region text NOT NULL,
    code text NOT NULL
)
PARTITION BY LIST (region);
ALTER TABLE ONLY public.branches_rg_old
    ADD CONSTRAINT branches_region_code_key_rg_old UNIQUE (region, code);

-- undo step 26: public.accounts_rg_old
CREATE TABLE public.accounts_rg_old (
    region text NOT NULL,
    code text NOT NULL,
    home_code text
)
PARTITION BY LIST (region);
ALTER TABLE ONLY public.accounts_rg_old
    ADD CONSTRAINT accounts_region_code_key_rg_old UNIQUE (region, code);

-- undo step 25: public.branches_eu_rg_old
CREATE TABLE public.branches_eu_rg_old (
    region text NOT NULL,
    code text NOT NULL
);
ALTER TABLE ONLY public.branches_eu_rg_old
    ADD CONSTRAINT branches_eu_region_code_key_rg_old UNIQUE (region, code);
ALTER TABLE ONLY public.branches_rg_old ATTACH PARTITION public.branches_eu_rg_old FOR VALUES IN ('eu');

-- undo step 24: public.accounts_eu_rg_old
CREATE TABLE public.accounts_eu_rg_old (
    region text NOT NULL,
    code text NOT NULL,
    home_code text
);
ALTER TABLE ONLY public.accounts_eu_rg_old
    ADD CONSTRAINT accounts_eu_region_code_key_rg_old UNIQUE (region, code);
ALTER TABLE ONLY public.accounts_rg_old ATTACH PARTITION public.accounts_eu_rg_old FOR VALUES IN ('eu');
