-- Foreign keys through pragma_foreign_key_list, one row per column pair. "to" is NULL when the key
-- references the parent's primary key implicitly. Names are not here: they are read from the CREATE TABLE text.
SELECT m.name AS table_name,
       fk.id AS fk_id,
       fk.seq AS position,
       fk."table" AS referenced_table,
       fk."from" AS column_name,
       fk."to" AS referenced_column,
       fk.on_update AS on_update,
       fk.on_delete AS on_delete
FROM sqlite_master m
JOIN pragma_foreign_key_list(m.name) fk
WHERE m.type = 'table'
  AND m.name NOT LIKE 'sqlite!_%' ESCAPE '!'
ORDER BY m.name, fk.id, fk.seq
