SET lock_timeout = '5s';

-- undo step 60: public.notes.notes_account_id_fkey: nothing to undo
