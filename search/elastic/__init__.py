"""The Elasticsearch path: document mapping, index and alias management, queries and suggestions."""
