"""What can be done to a shot: tools, catalog, router, engines, media, quality and continuity."""
