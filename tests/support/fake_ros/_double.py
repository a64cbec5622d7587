"""Shared base classes for the launch/launch_ros test doubles (see README.md in this folder)."""


class Recorded:
    """Remembers its constructor arguments and rejects keywords the real class does not accept."""

    ALLOWED = ()       # keyword arguments accepted by the real class
    REQUIRED = ()      # keyword arguments (or positional slots, by name) that must be given
    POSITIONAL = ()    # names of positional parameters, in order

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.POSITIONAL):
            raise TypeError(f'{type(self).__name__}() takes at most {len(self.POSITIONAL)} positional arguments')
        named = dict(zip(self.POSITIONAL, args))
        for key in kwargs:
            if key not in self.ALLOWED and key not in self.POSITIONAL:
                raise TypeError(f'{type(self).__name__}() got an unexpected keyword argument {key!r}')
            if key in named:
                raise TypeError(f'{type(self).__name__}() got multiple values for {key!r}')
        named.update(kwargs)
        for key in self.REQUIRED:
            if key not in named:
                raise TypeError(f'{type(self).__name__}() missing required argument {key!r}')
        self.kwargs = named

    def __repr__(self):
        return f'{type(self).__name__}({self.kwargs!r})'


class Action(Recorded):
    """A launch action (what a LaunchDescription may contain)."""


class Substitution(Recorded):
    """A launch substitution (never evaluated here)."""

    def __add__(self, other):
        return [self, other]

    def __radd__(self, other):
        return [other, self]


class Condition(Recorded):
    POSITIONAL = ('predicate_expression',)
    REQUIRED = ('predicate_expression',)
