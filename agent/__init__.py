"""The conversation: planner, stage prompts and the pydantic-ai agent."""
