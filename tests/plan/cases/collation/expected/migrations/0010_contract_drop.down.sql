SET lock_timeout = '5s';

-- undo step 25: public.words.w_rg_old
ALTER TABLE public.words ADD COLUMN w_rg_old text;
CREATE INDEX words_w_idx_rg_old ON public.words USING btree (w_rg_old);
CREATE UNIQUE INDEX words_lower_w_key_rg_old ON public.words USING btree ((lower(w_rg_old))) WHERE (w_rg_old <> '');
