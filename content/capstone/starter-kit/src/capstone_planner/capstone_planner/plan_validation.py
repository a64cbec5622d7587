"""validate_plan: the safety check between the LLM and the robot. Pure Python, no ROS.

Kept in its own module so that it can be unit-tested with plain pytest (test/test_validate_plan.py).
"""
import json

ALLOWED_SKILLS = {'navigate_to', 'find_object', 'pick', 'say'}


def validate_plan(raw, known_places, known_objects):
    """Parse and check an LLM reply. Return the list of steps or raise ValueError."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise ValueError(f'reply is not JSON: {err}') from err
    steps = data.get('steps') if isinstance(data, dict) else None
    if not isinstance(steps, list) or not steps:
        raise ValueError('plan has no steps')
    seen_find = set()
    for i, step in enumerate(steps):
        if not isinstance(step, dict):
            raise ValueError(f'step {i}: not an object')
        skill = step.get('skill')
        if skill not in ALLOWED_SKILLS:
            raise ValueError(f'step {i}: unknown skill {skill!r}')
        if skill == 'navigate_to' and step.get('place') not in known_places:
            raise ValueError(f'step {i}: unknown place {step.get("place")!r}')
        if skill in ('find_object', 'pick') and step.get('object') not in known_objects:
            raise ValueError(f'step {i}: unknown object {step.get("object")!r}')
        if skill == 'say' and not isinstance(step.get('text'), str):
            raise ValueError(f'step {i}: say needs a text')
        if skill == 'find_object':
            seen_find.add(step['object'])
        if skill == 'pick' and step['object'] not in seen_find:
            raise ValueError(f'step {i}: pick before find_object')
    return steps


if __name__ == '__main__':
    good = json.dumps({'steps': [
        {'skill': 'navigate_to', 'place': 'kitchen'},
        {'skill': 'find_object', 'object': 'cup'},
        {'skill': 'pick', 'object': 'cup'}]})
    bad = json.dumps({'steps': [{'skill': 'pick', 'object': 'cup'}]})
    print('good plan:', [s['skill'] for s in validate_plan(good, {'kitchen'}, {'cup'})])
    try:
        validate_plan(bad, {'kitchen'}, {'cup'})
    except ValueError as err:
        print('bad plan rejected:', err)
