-- expect: 2 22023 START value (1) cannot be less than MINVALUE (10)
CREATE SEQUENCE s START 1 MINVALUE 10;
