SET lock_timeout = '5s';

-- step 3: public.items.label (add_column_generated_stored)
ALTER TABLE public.items DROP COLUMN label;
ALTER TABLE public.items ADD COLUMN label text GENERATED ALWAYS AS ('item ' || id) STORED;
