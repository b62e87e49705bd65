SET lock_timeout = '5s';

-- undo step 5: table public.items
GRANT UPDATE ON TABLE public.items TO editor WITH GRANT OPTION;

-- undo step 4: table public.items
GRANT SELECT ON TABLE public.items TO reporter WITH GRANT OPTION;
