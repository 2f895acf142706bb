-- Columns of every table in schema $1, in table order. For arrays, the element type's name, kind and schema
-- are reported (typmod applies to the element). An enum shows as typtype 'e'.
SELECT c.relname::text AS table_name,
       a.attname::text AS column_name,
       a.attnum::int AS position,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS formatted_type,
       a.atttypmod::int AS typmod,
       (t.typcategory = 'A') AS is_array,
       coalesce(et.typname, t.typname)::text AS element_type,
       coalesce(et.typtype, t.typtype)::text AS element_kind,
       coalesce(etn.nspname, tn.nspname)::text AS element_schema,
       NOT a.attnotnull AS nullable,
       pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expression,
       a.attidentity::text AS identity,
       a.attgenerated::text AS generated
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_type et ON t.typcategory = 'A' AND et.oid = t.typelem
LEFT JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.nspname = $1
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY c.relname, a.attnum
