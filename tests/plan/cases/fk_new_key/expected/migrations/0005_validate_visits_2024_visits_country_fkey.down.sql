SET lock_timeout = '5s';

-- undo step 8: public.visits_2024.visits_country_fkey: nothing to undo
