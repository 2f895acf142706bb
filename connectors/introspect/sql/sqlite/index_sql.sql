-- CREATE INDEX texts, for partial-index predicates and expressions.
SELECT name AS index_name,
       sql AS create_sql
FROM sqlite_master
WHERE type = 'index'
  AND sql IS NOT NULL
