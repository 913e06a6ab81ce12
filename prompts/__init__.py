"""Text templates the agent renders. Data, not code: read with `importlib.resources`."""
