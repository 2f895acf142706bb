-- Index columns of one database (the bound parameter), PRIMARY included. COLLATION is 'A' or 'D' (descending indexes: MySQL 8,
-- MariaDB 10.8) or NULL when the index type has no order.
SELECT TABLE_NAME AS table_name,
       INDEX_NAME AS index_name,
       NON_UNIQUE AS non_unique,
       SEQ_IN_INDEX AS position,
       COLUMN_NAME AS column_name,
       COLLATION AS collation,
       INDEX_TYPE AS index_type
FROM information_schema.STATISTICS
WHERE TABLE_SCHEMA = ?
ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
