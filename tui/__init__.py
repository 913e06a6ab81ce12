"""The Textual chat and the `shotcaller` command line."""
