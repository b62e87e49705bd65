CREATE TABLE t (id int);
ÿþÃ( CREATE TABLE â‚ u (x int);
