"""SQLAlchemy 2 models and services, and the Alembic migrations."""
