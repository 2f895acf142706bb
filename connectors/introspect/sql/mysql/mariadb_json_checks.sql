-- MariaDB's JSON is LONGTEXT with a CHECK (json_valid(`col`)); these checks tell a JSON column from text.
SELECT TABLE_NAME AS table_name,
       CHECK_CLAUSE AS check_clause
FROM information_schema.CHECK_CONSTRAINTS
WHERE CONSTRAINT_SCHEMA = ?
