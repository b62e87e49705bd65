-- rollgate:lossy dropped tables come back empty
SET lock_timeout = '5s';

-- undo step 5: public.legacy
CREATE TABLE public.legacy (
    code text,
    region text
);
CREATE UNIQUE INDEX lookup_idx ON public.legacy USING btree (code, region);
