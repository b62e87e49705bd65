SET lock_timeout = '5s';

-- undo step 9: public.visits_2025.visits_country_fkey: nothing to undo
