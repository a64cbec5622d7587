"""Test double of `launch_ros.parameter_descriptions`."""
from _double import Recorded


class ParameterValue(Recorded):
    POSITIONAL = ('value',)
    REQUIRED = ('value',)
    ALLOWED = ('value_type',)


class ParameterFile(Recorded):
    POSITIONAL = ('param_file',)
    REQUIRED = ('param_file',)
    ALLOWED = ('allow_substs',)
