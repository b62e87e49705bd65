SET lock_timeout = '5s';

-- step 3: public.tier (create_enum_type)
CREATE TYPE public.tier AS ENUM (
    'free',
    'paid'
);

-- step 4: public.people.tier (add_column_not_null_default)
ALTER TABLE public.people ADD COLUMN tier public.tier DEFAULT 'free' NOT NULL;
