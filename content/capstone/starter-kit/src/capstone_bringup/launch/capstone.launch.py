"""The whole capstone with one command: simulation, Nav2, RViz and the mission nodes.

    ros2 launch capstone_bringup capstone.launch.py                      # fake planner, no microphone
    ros2 launch capstone_bringup capstone.launch.py use_voice:=true llm_backend:=ollama

Then publish a request by hand (the voice node is optional):
    ros2 topic pub --once /speech/text std_msgs/msg/String "{data: 'bring me the cup from the kitchen'}"
and watch /capstone/status. With the starter stubs every skill fails with a message that names
the file and the milestone where you implement it.
"""
from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument, IncludeLaunchDescription, TimerAction
from launch.conditions import IfCondition
from launch.launch_description_sources import PythonLaunchDescriptionSource
from launch.substitutions import LaunchConfiguration, PathJoinSubstitution
from launch_ros.actions import Node
from launch_ros.substitutions import FindPackageShare


def generate_launch_description():
    bringup = FindPackageShare('capstone_bringup')
    mission_params = PathJoinSubstitution([bringup, 'config', 'mission.yaml'])
    sim = {'use_sim_time': True}

    simulation = IncludeLaunchDescription(
        PythonLaunchDescriptionSource(PathJoinSubstitution([bringup, 'launch', 'sim.launch.py'])),
        launch_arguments={'gui': LaunchConfiguration('gui')}.items())

    nav2 = IncludeLaunchDescription(
        PythonLaunchDescriptionSource(PathJoinSubstitution(
            [FindPackageShare('nav2_bringup'), 'launch', 'bringup_launch.py'])),
        launch_arguments={
            'map': LaunchConfiguration('map'),
            'params_file': PathJoinSubstitution([bringup, 'config', 'nav2_params.yaml']),
            'use_sim_time': 'true',
            'autostart': 'true',
        }.items())

    rviz = Node(
        package='rviz2', executable='rviz2',
        arguments=['-d', PathJoinSubstitution([bringup, 'rviz', 'capstone.rviz'])],
        parameters=[sim], condition=IfCondition(LaunchConfiguration('rviz')))

    mission = [
        Node(package='capstone_navigation', executable='navigate_skill', output='screen',
             parameters=[mission_params, sim,
                         {'places_file': PathJoinSubstitution([bringup, 'config', 'places.yaml'])}]),
        Node(package='capstone_perception', executable='object_locator', output='screen',
             parameters=[PathJoinSubstitution([bringup, 'config', 'perception.yaml']), sim]),
        Node(package='capstone_manipulation', executable='grasp_server', output='screen',
             parameters=[mission_params, sim]),
        Node(package='capstone_voice', executable='whisper_listener', output='screen',
             parameters=[sim], condition=IfCondition(LaunchConfiguration('use_voice'))),
        Node(package='capstone_voice', executable='tts_speaker', output='screen', parameters=[sim]),
        Node(package='capstone_planner', executable='llm_planner', output='screen',
             parameters=[mission_params, sim, {'backend': LaunchConfiguration('llm_backend')}]),
        Node(package='capstone_planner', executable='task_executor', output='screen',
             parameters=[mission_params, sim]),
    ]

    return LaunchDescription([
        DeclareLaunchArgument('gui', default_value='true'),
        DeclareLaunchArgument('rviz', default_value='true'),
        DeclareLaunchArgument('use_voice', default_value='false',
                              description='true: start whisper_listener (needs a microphone)'),
        DeclareLaunchArgument('llm_backend', default_value='fake', description='fake or ollama'),
        DeclareLaunchArgument('map', default_value=PathJoinSubstitution(
            [bringup, 'maps', 'apartment.yaml'])),
        simulation, nav2, rviz,
        # A blunt but adequate ordering: give Gazebo, the controllers and Nav2 time to come up.
        # Every mission node also waits for its servers, so a late start is harmless.
        TimerAction(period=15.0, actions=mission),
    ])
