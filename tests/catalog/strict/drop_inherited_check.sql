-- expect: 4 42P16 cannot drop inherited constraint "p_a_check" of relation "c"
CREATE TABLE p (a int CHECK (a > 0));
CREATE TABLE c () INHERITS (p);
ALTER TABLE c DROP CONSTRAINT p_a_check;
