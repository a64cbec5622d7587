"""Unit tests for the pure helpers of object_locator (no ROS needed beyond the imports).

Run from the workspace: colcon test --packages-select capstone_perception
"""
import numpy as np
import pytest

from capstone_perception.object_locator import deproject, depth_in_metres, median_depth

K = [500.0, 0.0, 320.0, 0.0, 500.0, 240.0, 0.0, 0.0, 1.0]


def test_principal_point_is_on_the_optical_axis():
    assert deproject(320, 240, 2.0, K) == (0.0, 0.0, 2.0)


def test_right_and_down_are_positive_x_and_y():
    x, y, z = deproject(420, 290, 1.0, K)
    assert (x, y, z) == pytest.approx((0.2, 0.1, 1.0))


def test_depth_units():
    mm = np.array([[1500]], dtype=np.uint16)
    assert depth_in_metres(mm, '16UC1')[0, 0] == pytest.approx(1.5)
    m = np.array([[1.5]], dtype=np.float32)
    assert depth_in_metres(m, '32FC1')[0, 0] == pytest.approx(1.5)


def test_median_ignores_holes():
    d = np.full((10, 10), np.nan, dtype=np.float32)
    d[5, 5] = 1.0
    d[5, 6] = 1.2
    d[4, 5] = 0.0  # invalid
    assert median_depth(d, 5, 5) == pytest.approx(1.1)
    assert median_depth(np.full((5, 5), np.nan), 2, 2) is None
