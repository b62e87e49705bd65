-- rollgate: backfill stage, from migrations/0003_backfill_posts_content; runs outside a transaction
-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 14: public.posts.content: nothing to undo
