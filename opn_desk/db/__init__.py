"""Storage: engine and pragmas, ORM models, migrations, backups, the writer's lock."""
