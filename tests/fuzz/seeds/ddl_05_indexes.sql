-- 05: indexes of every shape: unique, partial, expression, multi-column
-- with DESC / NULLS FIRST|LAST, INCLUDE, collations, opclasses (gin
-- jsonb_path_ops, gin_trgm_ops, gist, text_pattern_ops), brin, hash,
-- storage parameters, implicit index names and their collisions.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE docs (
    id bigint PRIMARY KEY,
    owner_id integer NOT NULL,
    title text NOT NULL,
    slug text,
    body text,
    meta jsonb NOT NULL DEFAULT '{}',
    tags text[],
    area box,
    during tsrange,
    search tsvector,
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    score double precision
);

CREATE UNIQUE INDEX docs_slug_key ON docs (slug);
CREATE UNIQUE INDEX docs_owner_title_live ON docs (owner_id, lower(title)) WHERE deleted_at IS NULL;
CREATE INDEX docs_created_desc ON docs (created_at DESC NULLS LAST, id);
CREATE INDEX docs_score_nulls_first ON docs (score NULLS FIRST);
CREATE INDEX docs_score_desc ON docs USING btree (score DESC);
CREATE INDEX docs_owner_incl ON docs (owner_id) INCLUDE (title, created_at);
CREATE INDEX docs_meta_gin ON docs USING gin (meta jsonb_path_ops);
CREATE INDEX docs_meta_gin_default ON docs USING gin (meta);
CREATE INDEX docs_tags_gin ON docs USING gin (tags);
CREATE INDEX docs_title_trgm ON docs USING gin (title gin_trgm_ops);
CREATE INDEX docs_body_trgm_gist ON docs USING gist (body gist_trgm_ops);
CREATE INDEX docs_area_gist ON docs USING gist (area);
CREATE INDEX docs_during_gist ON docs USING gist (during) WHERE during IS NOT NULL;
CREATE INDEX docs_search ON docs USING gin (search);
CREATE INDEX docs_title_pattern ON docs (title text_pattern_ops);
CREATE INDEX docs_title_c ON docs (title COLLATE "C" DESC);
CREATE INDEX docs_created_brin ON docs USING brin (created_at) WITH (pages_per_range = 32);
CREATE INDEX docs_slug_hash ON docs USING hash (slug);
CREATE INDEX docs_fill ON docs (owner_id, score) WITH (fillfactor = 70);
CREATE INDEX docs_meta_kind ON docs ((meta ->> 'kind'), (meta -> 'version'));
CREATE INDEX docs_day ON docs (date_trunc('day', created_at AT TIME ZONE 'UTC'));
CREATE INDEX docs_lower_title ON docs (lower(title) varchar_pattern_ops);
CREATE INDEX docs_live ON docs (id) WHERE deleted_at IS NULL AND score > 0.5 AND title <> '';
CREATE INDEX docs_kind_in ON docs (owner_id) WHERE (meta ->> 'kind') IN ('a', 'b');
CREATE INDEX docs_coalesce ON docs (COALESCE(slug, title));
CREATE UNIQUE INDEX docs_nnd ON docs (owner_id, slug) NULLS NOT DISTINCT;

-- Indexes without names: PostgreSQL names them table_col_idx,
-- table_expr_idx, and adds a digit on collision.
CREATE INDEX ON docs (owner_id);
CREATE INDEX ON docs (owner_id);
CREATE INDEX ON docs (lower(slug));
CREATE INDEX ON docs (owner_id, created_at);
CREATE UNIQUE INDEX ON docs (title, owner_id);

-- Renamed, dropped, re-created; IF NOT EXISTS on an existing name.
CREATE INDEX docs_tmp ON docs (body);
ALTER INDEX docs_tmp RENAME TO docs_body;
CREATE INDEX docs_gone ON docs (score);
DROP INDEX docs_gone;
CREATE INDEX IF NOT EXISTS docs_body ON docs (title);
ALTER INDEX docs_fill SET (fillfactor = 60);

-- An index in a schema other than public (follows its table).
CREATE SCHEMA archive;
CREATE TABLE archive.old_docs (id bigint, title text);
CREATE INDEX old_docs_title ON archive.old_docs (title);
CREATE UNIQUE INDEX ON archive.old_docs (id);
