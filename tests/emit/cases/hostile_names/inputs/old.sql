CREATE TABLE "We;ird ""T""" (id bigint PRIMARY KEY, "a
b" integer NOT NULL DEFAULT 0, "=cmd" text);
COMMENT ON TABLE "We;ird ""T""" IS 'it''s -- tricky';
