-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 39: public.tickets.code_rg_old (nothing): nothing to do on the way up; the down file does the work
