CREATE TABLE users (id bigserial PRIMARY KEY);
CREATE TABLE apps (id serial PRIMARY KEY, user_id bigint REFERENCES users (id));
CREATE TABLE tokens (id bigserial PRIMARY KEY, app_id integer NOT NULL REFERENCES apps (id), user_id bigint REFERENCES users (id));
CREATE TABLE places (id serial PRIMARY KEY, name text);
