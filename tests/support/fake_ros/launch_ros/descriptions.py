"""Test double of `launch_ros.descriptions`."""
from _double import Recorded


class ComposableNode(Recorded):
    REQUIRED = ('package', 'plugin')
    ALLOWED = ('package', 'plugin', 'name', 'namespace', 'parameters', 'remappings', 'extra_arguments',
               'condition')
