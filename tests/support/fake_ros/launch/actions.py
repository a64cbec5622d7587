"""Test double of `launch.actions`."""
from _double import Action

_COMMON = ('condition',)


class DeclareLaunchArgument(Action):
    POSITIONAL = ('name',)
    REQUIRED = ('name',)
    ALLOWED = ('default_value', 'description', 'choices') + _COMMON


class IncludeLaunchDescription(Action):
    POSITIONAL = ('launch_description_source',)
    REQUIRED = ('launch_description_source',)
    ALLOWED = ('launch_arguments',) + _COMMON

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        arguments = self.kwargs.get('launch_arguments')
        if arguments is not None:
            pairs = list(arguments)
            if not all(isinstance(p, tuple) and len(p) == 2 for p in pairs):
                raise TypeError('launch_arguments must be (name, value) pairs, e.g. {...}.items()')


class TimerAction(Action):
    REQUIRED = ('period', 'actions')
    ALLOWED = ('period', 'actions', 'cancel_on_shutdown') + _COMMON

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for action in self.kwargs['actions']:
            if not isinstance(action, Action):
                raise TypeError(f'TimerAction actions must be launch actions, got {action!r}')


class GroupAction(Action):
    POSITIONAL = ('actions',)
    REQUIRED = ('actions',)
    ALLOWED = ('scoped', 'forwarding', 'launch_configurations') + _COMMON


class RegisterEventHandler(Action):
    POSITIONAL = ('event_handler',)
    REQUIRED = ('event_handler',)
    ALLOWED = _COMMON


class SetEnvironmentVariable(Action):
    POSITIONAL = ('name', 'value')
    REQUIRED = ('name', 'value')
    ALLOWED = _COMMON


class LogInfo(Action):
    REQUIRED = ('msg',)
    ALLOWED = ('msg',) + _COMMON


class ExecuteProcess(Action):
    REQUIRED = ('cmd',)
    ALLOWED = ('cmd', 'name', 'cwd', 'env', 'additional_env', 'shell', 'output', 'prefix',
               'respawn', 'respawn_delay', 'sigterm_timeout', 'sigkill_timeout', 'emulate_tty',
               'on_exit') + _COMMON
