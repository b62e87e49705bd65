CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE people (
    id serial PRIMARY KEY,
    nick varchar(10) NOT NULL,
    visits integer NOT NULL DEFAULT 0,
    feeling mood
);
