"""Test double of the ROS 2 `launch` package (see tests/support/fake_ros/README.md)."""
from _double import Action


class LaunchDescription:
    def __init__(self, initial_entities=None, *, deprecated_reason=None):
        self.entities = list(initial_entities or [])
        for entity in self.entities:
            if not isinstance(entity, Action):
                raise TypeError(f'LaunchDescription entries must be launch actions, got {entity!r}')

    def add_action(self, action):
        if not isinstance(action, Action):
            raise TypeError(f'add_action() needs a launch action, got {action!r}')
        self.entities.append(action)


__all__ = ['LaunchDescription']
