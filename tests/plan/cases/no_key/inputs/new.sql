CREATE TABLE logs (line text, at timestamptz, id uuid NOT NULL DEFAULT gen_random_uuid());
