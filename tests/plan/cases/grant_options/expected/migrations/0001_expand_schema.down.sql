SET lock_timeout = '5s';

-- undo step 3: table public.items
REVOKE SELECT (name) ON TABLE public.items FROM auditor;

-- undo step 2: table public.items
REVOKE DELETE ON TABLE public.items FROM auditor;

-- undo step 1: table public.items
REVOKE GRANT OPTION FOR INSERT ON TABLE public.items FROM writer;
