"""navigate_skill: the navigate_to skill as an action server.

Goal: a place name (capstone_interfaces/action/NavigateToPlace on /skills/navigate_to).
It looks the name up in places.yaml, builds a Nav2 NavigateToPose goal in the map frame and
(milestone M2, your part) forwards it to Nav2, reporting distance_remaining as feedback.

Keeping the places file here means the task executor, and the LLM, only ever deal with names.

Run: ros2 run capstone_navigation navigate_skill --ros-args -p places_file:=/path/to/places.yaml
Try: ros2 action send_goal /skills/navigate_to capstone_interfaces/action/NavigateToPlace "{place: kitchen}"
"""
import math

import rclpy
import yaml
from nav2_msgs.action import NavigateToPose
from rclpy.action import ActionClient, ActionServer, GoalResponse
from rclpy.callback_groups import ReentrantCallbackGroup
from rclpy.executors import ExternalShutdownException, MultiThreadedExecutor
from rclpy.node import Node

from capstone_interfaces.action import NavigateToPlace


def yaw_to_quaternion(yaw):
    """(x, y, z, w) of a rotation by yaw radians about z. Pure function: unit-test it."""
    return 0.0, 0.0, math.sin(yaw / 2.0), math.cos(yaw / 2.0)


def load_places(path):
    """Read places.yaml -> {name: (x, y, yaw)}. Raises ValueError on a malformed entry."""
    with open(path) as f:
        raw = yaml.safe_load(f)['places']
    places = {}
    for name, value in raw.items():
        if not (isinstance(value, list) and len(value) == 3):
            raise ValueError(f'place {name!r} must be [x, y, yaw], got {value!r}')
        places[name] = tuple(float(v) for v in value)
    return places


class NavigateSkill(Node):
    def __init__(self):
        super().__init__('navigate_skill')
        self.declare_parameter('places_file', '')
        self.declare_parameter('nav_timeout_s', 90.0)
        path = self.get_parameter('places_file').value
        self.places = load_places(path) if path else {}
        if not self.places:
            self.get_logger().error('No places loaded: set the places_file parameter')
        group = ReentrantCallbackGroup()
        self.nav = ActionClient(self, NavigateToPose, 'navigate_to_pose', callback_group=group)
        self._server = ActionServer(
            self, NavigateToPlace, '/skills/navigate_to',
            execute_callback=self.execute, goal_callback=self.on_goal, callback_group=group)
        self.get_logger().info(f'navigate_skill ready; places: {sorted(self.places)}')

    def on_goal(self, goal_request):
        if goal_request.place not in self.places:
            self.get_logger().warn(f'Rejecting unknown place {goal_request.place!r}')
            return GoalResponse.REJECT
        return GoalResponse.ACCEPT

    def make_nav_goal(self, place):
        x, y, yaw = self.places[place]
        goal = NavigateToPose.Goal()
        goal.pose.header.frame_id = 'map'
        goal.pose.header.stamp = self.get_clock().now().to_msg()
        goal.pose.pose.position.x = x
        goal.pose.pose.position.y = y
        q = goal.pose.pose.orientation
        q.x, q.y, q.z, q.w = yaw_to_quaternion(yaw)  # never leave w = 0
        return goal

    def execute(self, goal_handle):
        place = goal_handle.request.place
        goal = self.make_nav_goal(place)
        self.get_logger().info(f'navigate_to {place}: goal ({goal.pose.pose.position.x:.2f}, '
                               f'{goal.pose.pose.position.y:.2f}) in map')
        # TODO(M2): forward `goal` to Nav2 and wait for the result without blocking other callbacks:
        #   1. if not self.nav.wait_for_server(timeout_sec=5.0): abort with 'Nav2 is not running'
        #   2. send_future = self.nav.send_goal_async(goal, feedback_callback=...)
        #      wait for it, then check send_future.result().accepted (Nav2 may reject the goal)
        #   3. result_future = handle.get_result_async(); wait up to nav_timeout_s, else
        #      handle.cancel_goal_async() and abort with 'timed out'
        #   4. succeed only if the status is GoalStatus.STATUS_SUCCEEDED
        # The capstone chapter's exercise "Add timeouts and one retry to navigation" shows the pattern.
        message = 'navigate_skill: forwarding goals to Nav2 is not implemented yet (TODO M2 in navigate_skill.py)'
        self.get_logger().error(message)
        goal_handle.abort()
        return NavigateToPlace.Result(success=False, message=message)


def main(args=None):
    rclpy.init(args=args)
    node = NavigateSkill()
    executor = MultiThreadedExecutor()
    executor.add_node(node)
    try:
        executor.spin()
    except (KeyboardInterrupt, ExternalShutdownException):
        pass
    finally:
        node.destroy_node()
        rclpy.try_shutdown()


if __name__ == '__main__':
    main()
