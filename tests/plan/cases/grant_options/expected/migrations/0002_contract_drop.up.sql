SET lock_timeout = '5s';

-- step 4: table public.items (revoke)
REVOKE GRANT OPTION FOR SELECT ON TABLE public.items FROM reporter;

-- step 5: table public.items (revoke)
REVOKE UPDATE ON TABLE public.items FROM editor;
