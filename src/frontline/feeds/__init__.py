"""Following outlets: poll RSS/Atom feeds, fetch their new articles politely, ingest them."""
