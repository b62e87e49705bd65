SET lock_timeout = '5s';

-- undo step 63: public.orders.account_id_rg_old
ALTER TABLE public.orders ADD COLUMN account_id_rg_old integer;
UPDATE public.orders SET account_id_rg_old = (account_id)::integer;
CREATE INDEX orders_account_id_idx_rg_old ON public.orders USING btree (account_id_rg_old);

-- undo step 62: public.accounts.id_rg_old
ALTER TABLE public.accounts ADD COLUMN id_rg_old integer;
UPDATE public.accounts SET id_rg_old = (id)::integer;

-- undo step 61: public.accounts.ext_rg_old
ALTER TABLE public.accounts ADD COLUMN ext_rg_old integer;
UPDATE public.accounts SET ext_rg_old = (ext)::integer;
CREATE UNIQUE INDEX accounts_ext_key_rg_old ON public.accounts USING btree (ext_rg_old);
CREATE INDEX accounts_ext_expr_idx_rg_old ON public.accounts USING btree ((ext_rg_old % 10)) WHERE (ext_rg_old > 0);
