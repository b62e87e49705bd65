SET lock_timeout = '5s';

-- step 62: public.notes.notes_account_id_fkey (validate_foreign_key)
ALTER TABLE public.notes VALIDATE CONSTRAINT notes_account_id_fkey;
