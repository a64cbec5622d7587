"""Test double of `launch.event_handlers`."""
from _double import Action, Recorded


class OnProcessExit(Recorded):
    ALLOWED = ('target_action', 'on_exit', 'handle_once')
    REQUIRED = ('on_exit',)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        target = self.kwargs.get('target_action')
        if target is not None and not isinstance(target, Action):
            raise TypeError('target_action must be a launch action')


class OnProcessStart(OnProcessExit):
    ALLOWED = ('target_action', 'on_start', 'handle_once')
    REQUIRED = ('on_start',)
