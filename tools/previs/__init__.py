"""Offline previs rendering for the animatic engine: palettes, keyframe cards and camera moves.

Pure functions over plain data (a prompt, a seed, a size) returning Pillow images or numpy frames;
no files, no clocks, no global random state, so the same inputs always give the same pixels.
"""
