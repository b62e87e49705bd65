CREATE TABLE words (id bigint PRIMARY KEY, w text NOT NULL, note text, tag text COLLATE "C");
CREATE INDEX words_w_idx ON words (w);
CREATE UNIQUE INDEX words_lower_w_key ON words (lower(w)) WHERE w <> '';
