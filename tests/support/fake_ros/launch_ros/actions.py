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


class PushROSNamespace(Action):
    POSITIONAL = ('namespace',)
    REQUIRED = ('namespace',)
    ALLOWED = ('condition',)


class ComposableNodeContainer(Node):
    REQUIRED = ('name', 'namespace', 'executable')
    ALLOWED = Node.ALLOWED + ('composable_node_descriptions',)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _check_descriptions(self.kwargs.get('composable_node_descriptions') or [], 'ComposableNodeContainer')


class LoadComposableNodes(Action):
    REQUIRED = ('composable_node_descriptions', 'target_container')
    ALLOWED = ('composable_node_descriptions', 'target_container', 'condition')

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _check_descriptions(self.kwargs['composable_node_descriptions'], 'LoadComposableNodes')


def _check_descriptions(descriptions, owner):
    from launch_ros.descriptions import ComposableNode
    if not all(isinstance(d, ComposableNode) for d in descriptions):
        raise TypeError(f'{owner}(composable_node_descriptions=...) must be a list of ComposableNode')
