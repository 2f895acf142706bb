-- Columns through the pragma_table_xinfo table-valued function (hidden: 0 ordinary, 2/3 generated).
-- pk is the column's 1-based position in the primary key, 0 when not part of it.
SELECT m.name AS table_name,
       p.cid AS position,
       p.name AS column_name,
       p.type AS declared_type,
       p."notnull" AS not_null,
       p.dflt_value AS default_expression,
       p.pk AS pk_position,
       p.hidden AS hidden
FROM sqlite_master m
JOIN pragma_table_xinfo(m.name) p
WHERE m.type = 'table'
  AND m.name NOT LIKE 'sqlite!_%' ESCAPE '!'
  AND p.hidden IN (0, 2, 3)
ORDER BY m.name, p.cid
