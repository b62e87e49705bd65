-- Revert 104_backfill_posts_views_rg_new
-- rollgate: backfill stage, from migrations/0004_backfill_posts_views_rg_new; runs outside a transaction
-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 15: public.posts.views_rg_new: nothing to undo
