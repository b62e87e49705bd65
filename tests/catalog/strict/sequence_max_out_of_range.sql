-- expect: 2 22023 MAXVALUE (100000) is out of range for sequence data type smallint
CREATE SEQUENCE s AS smallint MAXVALUE 100000;
