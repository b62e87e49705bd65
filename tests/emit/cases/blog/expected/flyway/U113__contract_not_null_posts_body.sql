-- rollgate: contract stage, from migrations/0013_contract_not_null_posts_body
SET lock_timeout = '5s';

-- undo step 34: public.posts.body
ALTER TABLE public.posts ALTER COLUMN body SET NOT NULL;
