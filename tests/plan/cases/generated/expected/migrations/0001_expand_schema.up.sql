SET lock_timeout = '5s';

-- step 1: public.items.legacy (drop_expression)
ALTER TABLE public.items ALTER COLUMN legacy DROP EXPRESSION;
