-- rollgate:lossy dropped tables come back empty
SET lock_timeout = '5s';

-- undo step 5: public.legacy
CREATE TABLE public.legacy (
    no bigint
);
