-- rollgate:lossy dropped column comes back empty
SET lock_timeout = '5s';

-- undo step 4: public.audit
CREATE TABLE public.audit (
    id bigint NOT NULL,
    user_id bigint,
    what text
);
ALTER TABLE ONLY public.audit
    ADD CONSTRAINT audit_pkey PRIMARY KEY (id);
ALTER TABLE public.audit ADD CONSTRAINT audit_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);
CREATE INDEX audit_user_id_idx ON public.audit USING btree (user_id);

-- undo step 3: public.users.old_note
ALTER TABLE public.users ADD COLUMN old_note text DEFAULT ''::text NOT NULL;
ALTER TABLE public.users ALTER COLUMN old_note DROP DEFAULT;

-- undo step 2: public.users.legacy_flag
ALTER TABLE public.users ADD COLUMN legacy_flag boolean DEFAULT false NOT NULL;

-- undo step 1: public.user_emails
CREATE VIEW public.user_emails AS
SELECT id, email FROM users;
