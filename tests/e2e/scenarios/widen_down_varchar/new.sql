CREATE TABLE tags (
    id bigserial PRIMARY KEY,
    name varchar(20) NOT NULL
);
