-- Index key columns through pragma_index_list / pragma_index_xinfo. origin: 'c' CREATE INDEX, 'u' UNIQUE
-- constraint, 'pk' the primary key's own index. cid -2 is an expression (its name is NULL).
SELECT m.name AS table_name,
       il.name AS index_name,
       il."unique" AS is_unique,
       il.origin AS origin,
       il.partial AS partial,
       ii.seqno AS position,
       ii.cid AS cid,
       ii.name AS column_name,
       ii."desc" AS descending
FROM sqlite_master m
JOIN pragma_index_list(m.name) il
JOIN pragma_index_xinfo(il.name) ii
WHERE m.type = 'table'
  AND m.name NOT LIKE 'sqlite!_%' ESCAPE '!'
  AND ii.key = 1
ORDER BY m.name, il.name, ii.seqno
