CREATE TABLE "We;ird ""T""" (id bigint PRIMARY KEY, "a
b" bigint NOT NULL DEFAULT 0, "=cmd" text NOT NULL, "+new" text NOT NULL DEFAULT '@x', CONSTRAINT "c""k" CHECK ("=cmd" <> ''));
CREATE INDEX "i
x" ON "We;ird ""T""" ("+new");
COMMENT ON TABLE "We;ird ""T""" IS 'changed';
