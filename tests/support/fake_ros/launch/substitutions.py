"""Test double of `launch.substitutions` (substitutions are recorded, never evaluated)."""
from _double import Substitution


class LaunchConfiguration(Substitution):
    POSITIONAL = ('variable_name',)
    REQUIRED = ('variable_name',)
    ALLOWED = ('default',)


class PathJoinSubstitution(Substitution):
    POSITIONAL = ('substitutions',)
    REQUIRED = ('substitutions',)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not isinstance(self.kwargs['substitutions'], (list, tuple)):
            raise TypeError('PathJoinSubstitution takes a list of path parts')


class Command(Substitution):
    POSITIONAL = ('command',)
    REQUIRED = ('command',)
    ALLOWED = ('on_stderr',)


class TextSubstitution(Substitution):
    REQUIRED = ('text',)
    ALLOWED = ('text',)


class FindExecutable(Substitution):
    REQUIRED = ('name',)
    ALLOWED = ('name',)


class EnvironmentVariable(Substitution):
    POSITIONAL = ('name',)
    REQUIRED = ('name',)
    ALLOWED = ('default_value',)
