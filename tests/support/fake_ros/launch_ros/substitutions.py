"""Test double of `launch_ros.substitutions`."""
from _double import Substitution


class FindPackageShare(Substitution):
    POSITIONAL = ('package',)
    REQUIRED = ('package',)
