CREATE TABLE users (id bigserial PRIMARY KEY);
CREATE TABLE places (name text);
