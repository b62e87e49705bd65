CREATE TABLE words (id bigint PRIMARY KEY, w text COLLATE "C" NOT NULL, note text COLLATE "C", tag text);
CREATE INDEX words_w_idx ON words (w);
CREATE UNIQUE INDEX words_lower_w_key ON words (lower(w)) WHERE w <> '';
