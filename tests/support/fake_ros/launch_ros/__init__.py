"""Test double of the ROS 2 `launch_ros` package (see tests/support/fake_ros/README.md)."""
