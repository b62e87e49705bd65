CREATE TYPE mood AS ENUM ('happy', 'calm', 'sad');
CREATE TABLE persons (
    id serial PRIMARY KEY,
    nick varchar(20) NOT NULL,
    visits bigint NOT NULL DEFAULT 0,
    feeling mood
);
