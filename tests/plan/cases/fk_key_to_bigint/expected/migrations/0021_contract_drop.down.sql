SET lock_timeout = '5s';

-- undo step 68: public.orders.account_id_rg_old
ALTER TABLE public.orders ADD COLUMN account_id_rg_old integer;
CREATE INDEX orders_account_id_idx_rg_old ON public.orders USING btree (account_id_rg_old);

-- undo step 67: public.accounts.id_rg_old
ALTER TABLE public.accounts ADD COLUMN id_rg_old integer;

-- undo step 66: public.accounts.ext_rg_old
ALTER TABLE public.accounts ADD COLUMN ext_rg_old integer;
CREATE UNIQUE INDEX accounts_ext_key_rg_old ON public.accounts USING btree (ext_rg_old);
CREATE INDEX accounts_ext_expr_idx_rg_old ON public.accounts USING btree ((ext_rg_old % 10)) WHERE (ext_rg_old > 0);
