"""Use cases. The only way anything changes data: one transaction per public method,
plain frozen dataclasses out, never live ORM objects."""
