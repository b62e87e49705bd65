SET lock_timeout = '5s';

-- undo step 25: public.notes.notes_account_id_fkey
ALTER TABLE public.notes VALIDATE CONSTRAINT notes_account_id_fkey;
