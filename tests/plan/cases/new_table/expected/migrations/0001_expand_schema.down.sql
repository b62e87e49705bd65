SET lock_timeout = '5s';

-- undo step 9: public.active_sessions
DROP VIEW public.active_sessions;

-- undo step 8: public.sessions.sessions_user_id_fkey
ALTER TABLE public.sessions DROP CONSTRAINT sessions_user_id_fkey;

-- undo step 7: public.sessions_user_id_idx
DROP INDEX public.sessions_user_id_idx;

-- undo step 6: public.sessions_id_seq
ALTER SEQUENCE public.sessions_id_seq OWNED BY NONE;

-- undo step 5: public.session_count(bigint)
DROP FUNCTION public.session_count(bigint);

-- undo step 4: public.sessions.sessions_token_key
ALTER TABLE public.sessions DROP CONSTRAINT sessions_token_key;

-- undo step 3: public.sessions.sessions_pkey
ALTER TABLE public.sessions DROP CONSTRAINT sessions_pkey;

-- undo step 2: public.sessions
DROP TABLE public.sessions;

-- undo step 1: public.sessions_id_seq
DROP SEQUENCE public.sessions_id_seq;
