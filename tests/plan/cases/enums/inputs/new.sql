CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'ecstatic');
CREATE TYPE tier AS ENUM ('free', 'paid');
CREATE TABLE people (id bigint PRIMARY KEY, mood mood NOT NULL, tier tier NOT NULL DEFAULT 'free');
