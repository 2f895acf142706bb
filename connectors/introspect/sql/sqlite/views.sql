-- Views with their CREATE VIEW text (SQLite keeps no separate definition).
SELECT name AS view_name,
       sql AS definition
FROM sqlite_master
WHERE type = 'view'
ORDER BY name
