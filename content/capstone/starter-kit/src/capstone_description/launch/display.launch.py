"""Show the humanoid in RViz without Gazebo, with sliders for every joint.

    ros2 launch capstone_description display.launch.py

Use it in week 1 of the project to check the model: every link should appear, the
camera's optical frame should have z pointing forward, and l_sole/r_sole should sit on z = 0
of base_footprint when all joints are at zero.
"""
from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument
from launch.conditions import IfCondition
from launch.substitutions import Command, LaunchConfiguration, PathJoinSubstitution
from launch_ros.actions import Node
from launch_ros.parameter_descriptions import ParameterValue
from launch_ros.substitutions import FindPackageShare


def generate_launch_description():
    description = FindPackageShare('capstone_description')
    robot_description = ParameterValue(
        Command(['xacro ', PathJoinSubstitution([description, 'urdf', 'humanoid.urdf.xacro'])]),
        value_type=str)

    return LaunchDescription([
        DeclareLaunchArgument('rviz', default_value='true'),
        Node(package='robot_state_publisher', executable='robot_state_publisher',
             parameters=[{'robot_description': robot_description}]),
        Node(package='joint_state_publisher_gui', executable='joint_state_publisher_gui'),
        Node(package='rviz2', executable='rviz2',
             arguments=['-d', PathJoinSubstitution([description, 'rviz', 'humanoid.rviz'])],
             condition=IfCondition(LaunchConfiguration('rviz'))),
    ])
