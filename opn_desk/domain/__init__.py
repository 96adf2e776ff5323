"""Pure domain: value types, vocabularies and rules. Imports nothing else of the project."""
