SET lock_timeout = '5s';

-- step 1: table public.items (grant)
GRANT INSERT ON TABLE public.items TO writer WITH GRANT OPTION;

-- step 2: table public.items (grant)
GRANT DELETE ON TABLE public.items TO auditor WITH GRANT OPTION;

-- step 3: table public.items (grant)
GRANT SELECT (name) ON TABLE public.items TO auditor WITH GRANT OPTION;
