SET lock_timeout = '5s';

-- step 18: public.posts.content (validate_check)
ALTER TABLE public.posts VALIDATE CONSTRAINT rollgate_nn_posts_content;
