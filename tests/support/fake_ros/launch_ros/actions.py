"""Test double of `launch_ros.actions`."""
from _double import Action


class Node(Action):
    REQUIRED = ('executable',)
    ALLOWED = ('executable', 'package', 'name', 'namespace', 'exec_name', 'parameters', 'remappings',
               'ros_arguments', 'arguments', 'output', 'respawn', 'respawn_delay', 'emulate_tty',
               'additional_env', 'env', 'cwd', 'prefix', 'sigterm_timeout', 'sigkill_timeout',
               'on_exit', 'log_cmd', 'condition')

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        params = self.kwargs.get('parameters')
        if params is not None and not isinstance(params, (list, tuple)):
            raise TypeError('Node(parameters=...) must be a list of dicts or parameter files')
        remaps = self.kwargs.get('remappings')
        if remaps is not None and not all(isinstance(r, tuple) and len(r) == 2 for r in remaps):
            raise TypeError('Node(remappings=...) must be a list of (from, to) pairs')


class SetParameter(Action):
    REQUIRED = ('name', 'value')
    ALLOWED = ('name', 'value', 'condition')
