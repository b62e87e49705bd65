SET lock_timeout = '5s';

-- undo step 24: public.words.w_rg_old
ALTER TABLE public.words ADD COLUMN w_rg_old text;
UPDATE public.words SET w_rg_old = w;
CREATE INDEX words_w_idx_rg_old ON public.words USING btree (w_rg_old);
CREATE UNIQUE INDEX words_lower_w_key_rg_old ON public.words USING btree ((lower(w_rg_old))) WHERE (w_rg_old <> '');
