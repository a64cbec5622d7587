"""Gazebo Harmonic with the apartment, the humanoid, the bridge and the controllers.

    ros2 launch capstone_bringup sim.launch.py            # with the Gazebo window
    ros2 launch capstone_bringup sim.launch.py gui:=false # server only (headless tests)

Milestone M1 is this file working: /clock, /scan, /camera/*, /imu, /odom and /tf arrive in
ROS 2, `ros2 run tf2_tools view_frames` shows map-less odom -> base_link -> ... -> l_sole, and
the controllers are active (`ros2 control list_controllers`).
"""
from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument, IncludeLaunchDescription, RegisterEventHandler
from launch.conditions import IfCondition, UnlessCondition
from launch.event_handlers import OnProcessExit
from launch.launch_description_sources import PythonLaunchDescriptionSource
from launch.substitutions import Command, LaunchConfiguration, PathJoinSubstitution
from launch_ros.actions import Node
from launch_ros.parameter_descriptions import ParameterValue
from launch_ros.substitutions import FindPackageShare

CONTROLLERS = [
    'joint_state_broadcaster', 'body_controller', 'head_controller',
    'left_arm_controller', 'right_arm_controller',
    'left_hand_controller', 'right_hand_controller',
]


def generate_launch_description():
    bringup = FindPackageShare('capstone_bringup')
    description = FindPackageShare('capstone_description')
    world = LaunchConfiguration('world')
    sim = {'use_sim_time': True}

    robot_description = ParameterValue(
        Command(['xacro ', PathJoinSubstitution([description, 'urdf', 'humanoid.urdf.xacro'])]),
        value_type=str)

    gazebo_gui = IncludeLaunchDescription(
        PythonLaunchDescriptionSource(PathJoinSubstitution(
            [FindPackageShare('ros_gz_sim'), 'launch', 'gz_sim.launch.py'])),
        launch_arguments={'gz_args': ['-r ', world]}.items(),
        condition=IfCondition(LaunchConfiguration('gui')))
    gazebo_headless = IncludeLaunchDescription(
        PythonLaunchDescriptionSource(PathJoinSubstitution(
            [FindPackageShare('ros_gz_sim'), 'launch', 'gz_sim.launch.py'])),
        launch_arguments={'gz_args': ['-r -s ', world]}.items(),
        condition=UnlessCondition(LaunchConfiguration('gui')))

    state_publisher = Node(
        package='robot_state_publisher', executable='robot_state_publisher', output='screen',
        parameters=[{'robot_description': robot_description}, sim])

    # Spawn on the dock with the soles 1 cm above the floor (pelvis_height 0.76 m + 0.01 m).
    spawn = Node(
        package='ros_gz_sim', executable='create', output='screen',
        arguments=['-topic', 'robot_description', '-name', 'humanoid',
                   '-x', '0.0', '-y', '0.0', '-z', '0.77'])

    bridge = Node(
        package='ros_gz_bridge', executable='parameter_bridge', output='screen',
        parameters=[{'config_file': PathJoinSubstitution([bringup, 'config', 'bridge.yaml'])}, sim])

    # Start the controllers once the robot exists (the spawner process exits after spawning).
    controllers = Node(
        package='controller_manager', executable='spawner', output='screen',
        arguments=CONTROLLERS + ['--controller-manager-timeout', '60'], parameters=[sim])
    start_controllers = RegisterEventHandler(
        OnProcessExit(target_action=spawn, on_exit=[controllers]))

    # VelocityControl keeps its last command forever; the watchdog sends zeros when /cmd_vel stops.
    watchdog = Node(
        package='capstone_navigation', executable='cmd_vel_watchdog', output='screen',
        parameters=[PathJoinSubstitution([bringup, 'config', 'mission.yaml']), sim])

    return LaunchDescription([
        DeclareLaunchArgument('world', default_value=PathJoinSubstitution(
            [bringup, 'worlds', 'apartment.sdf'])),
        DeclareLaunchArgument('gui', default_value='true',
                              description='false: run the Gazebo server only'),
        gazebo_gui, gazebo_headless, state_publisher, spawn, bridge, start_controllers, watchdog,
    ])
