"""Benchmarks, run as scripts (bench/NAME.py); a package only so module names do not collide."""
