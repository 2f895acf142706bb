-- Tables of the main database, without SQLite's own (sqlite_sequence, sqlite_stat1, ...).
SELECT name AS table_name,
       sql AS create_sql
FROM sqlite_master
WHERE type = 'table'
  AND name NOT LIKE 'sqlite!_%' ESCAPE '!'
ORDER BY name
