-- expect: 4 42809 cannot add NOT VALID foreign key on partitioned table "p" referencing relation "r"
CREATE TABLE r (id int PRIMARY KEY);
CREATE TABLE p (rid int) PARTITION BY LIST (rid);
ALTER TABLE p ADD CONSTRAINT p_fk FOREIGN KEY (rid) REFERENCES r (id) NOT VALID;
