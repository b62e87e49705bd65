-- rollgate: validate stage, from migrations/0009_validate_posts_author_id_fkey
SET lock_timeout = '5s';

-- step 21: public.posts.posts_author_id_fkey (validate_foreign_key)
ALTER TABLE public.posts VALIDATE CONSTRAINT posts_author_id_fkey;
