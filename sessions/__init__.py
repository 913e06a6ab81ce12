"""The production's state and history. Imports nothing of ours."""
