-- rollgate: contract stage, from migrations/0014_contract_refill_posts_body; runs outside a transaction
-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 35: public.posts.body (nothing): nothing to do on the way up; the down file does the work
