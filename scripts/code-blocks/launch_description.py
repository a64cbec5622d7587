#!/usr/bin/env python3
"""Part of `npm run content:test-code`: imports a launch file from the book against the
launch/launch_ros test doubles (tests/support/fake_ros/) and checks that
generate_launch_description() returns a LaunchDescription. That proves the file imports
names that exist and passes keyword arguments the real classes accept; nothing is launched.

    python3 scripts/code-blocks/launch_description.py path/to/file.launch.py
"""
import importlib.util
import os
import sys

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, 'tests', 'support', 'fake_ros'))

from launch import LaunchDescription  # noqa: E402  (the test double, found through the path above)

path = sys.argv[1]
spec = importlib.util.spec_from_file_location('book_launch_file', path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
description = module.generate_launch_description()
if not isinstance(description, LaunchDescription):
    sys.exit(f'generate_launch_description() returned {type(description).__name__}, not a LaunchDescription')
print(f'LaunchDescription with {len(description.entities)} entities')
