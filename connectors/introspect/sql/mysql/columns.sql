-- Columns of the base tables of one database (the bound parameter), in table order. COLUMN_TYPE carries ENUM labels, UNSIGNED and
-- display widths; EXTRA says auto_increment, DEFAULT_GENERATED (MySQL 8: the default is an expression) and
-- VIRTUAL/STORED GENERATED.
SELECT c.TABLE_NAME AS table_name,
       c.COLUMN_NAME AS column_name,
       c.ORDINAL_POSITION AS position,
       c.COLUMN_TYPE AS column_type,
       c.DATA_TYPE AS data_type,
       c.IS_NULLABLE AS is_nullable,
       c.COLUMN_DEFAULT AS column_default,
       c.EXTRA AS extra,
       c.CHARACTER_MAXIMUM_LENGTH AS max_length,
       c.NUMERIC_PRECISION AS numeric_precision,
       c.NUMERIC_SCALE AS numeric_scale,
       c.DATETIME_PRECISION AS datetime_precision
FROM information_schema.COLUMNS c
JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
WHERE c.TABLE_SCHEMA = ?
  AND t.TABLE_TYPE = 'BASE TABLE'
ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION
