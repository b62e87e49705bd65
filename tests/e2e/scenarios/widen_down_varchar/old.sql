CREATE TABLE tags (
    id bigserial PRIMARY KEY,
    name varchar(10) NOT NULL
);
