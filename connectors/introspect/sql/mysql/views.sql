-- Views of one database (the bound parameter) with their definition as the server keeps it.
SELECT TABLE_NAME AS view_name,
       VIEW_DEFINITION AS definition
FROM information_schema.VIEWS
WHERE TABLE_SCHEMA = ?
ORDER BY TABLE_NAME
