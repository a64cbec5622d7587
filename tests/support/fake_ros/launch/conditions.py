"""Test double of `launch.conditions`."""
from _double import Condition


class IfCondition(Condition):
    pass


class UnlessCondition(Condition):
    pass
