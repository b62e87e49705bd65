CREATE TABLE articles (
    id bigserial PRIMARY KEY,
    title text NOT NULL
);
CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comments_article_id_idx ON comments (article_id);
