-- rollgate: contract stage, from migrations/0015_contract_refill_posts_views_rg_old; runs outside a transaction
-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 36: public.posts.views_rg_old (nothing): nothing to do on the way up; the down file does the work
