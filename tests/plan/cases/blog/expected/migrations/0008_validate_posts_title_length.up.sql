SET lock_timeout = '5s';

-- step 20: public.posts.posts_title_length (validate_check)
ALTER TABLE public.posts VALIDATE CONSTRAINT posts_title_length;
