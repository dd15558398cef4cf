"""Talk lists: find them, read their items into Talk objects, draw them as cards."""
