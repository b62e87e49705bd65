SET lock_timeout = '5s';

-- undo step 62: public.notes.notes_account_id_fkey: nothing to undo
