-- expect: 3 0A000 cannot create index on partitioned table "p" concurrently
CREATE TABLE p (a int) PARTITION BY LIST (a);
CREATE INDEX CONCURRENTLY p_a ON p (a);
