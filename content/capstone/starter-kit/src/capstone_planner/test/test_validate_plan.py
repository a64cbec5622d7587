"""Unit tests for validate_plan: plain pytest, no ROS running.

Run with `colcon test --packages-select capstone_planner`, or directly with `python3 test_validate_plan.py`.
"""
import json
import sys

import pytest

try:
    from capstone_planner.plan_validation import validate_plan
except ImportError:  # run next to plan_validation.py, outside a colcon workspace
    from plan_validation import validate_plan

PLACES = {'kitchen', 'dock'}
OBJECTS = {'cup', 'bottle'}


def test_accepts_a_sensible_plan():
    raw = json.dumps({'steps': [
        {'skill': 'navigate_to', 'place': 'kitchen'},
        {'skill': 'find_object', 'object': 'cup'},
        {'skill': 'pick', 'object': 'cup'},
        {'skill': 'say', 'text': 'Here you are.'}]})
    assert len(validate_plan(raw, PLACES, OBJECTS)) == 4


@pytest.mark.parametrize('step', [
    {'skill': 'teleport', 'place': 'kitchen'},
    {'skill': 'navigate_to', 'place': 'garage'},
    {'skill': 'find_object', 'object': 'phone'},
    {'skill': 'pick', 'object': 'cup'},        # pick before find_object
    {'skill': 'say'},                           # no text
])
def test_rejects_bad_steps(step):
    with pytest.raises(ValueError):
        validate_plan(json.dumps({'steps': [step]}), PLACES, OBJECTS)


@pytest.mark.parametrize('raw', ['not json', '[]', '{"steps": []}', '{"plan": 1}'])
def test_rejects_malformed_replies(raw):
    with pytest.raises(ValueError):
        validate_plan(raw, PLACES, OBJECTS)


if __name__ == '__main__':
    sys.exit(pytest.main([__file__, '-q', '-p', 'no:cacheprovider']))
