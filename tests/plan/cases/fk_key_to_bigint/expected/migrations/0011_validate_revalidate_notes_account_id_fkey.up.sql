SET lock_timeout = '5s';

-- step 25: public.notes.notes_account_id_fkey (nothing): nothing to do on the way up; the down file does the work
