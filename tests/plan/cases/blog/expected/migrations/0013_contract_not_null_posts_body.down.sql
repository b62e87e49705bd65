SET lock_timeout = '5s';

-- undo step 34: public.posts.body
ALTER TABLE public.posts ALTER COLUMN body SET NOT NULL;
