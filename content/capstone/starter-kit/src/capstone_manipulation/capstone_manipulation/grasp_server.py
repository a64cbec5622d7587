"""grasp_server: the Grasp action (/manipulation/grasp) for one arm of the humanoid.

Given: the action server, goal validation, cancellation, the five stages with feedback
(pregrasp, open, approach, close, lift) and the pre-grasp offset along base_link x.
Your part (milestone M4): move_hand_to() with MoveIt 2 and set_gripper() with the hand
controller (control_msgs/action/GripperCommand on /<arm>_hand_controller/gripper_cmd).

Until then every goal is accepted and then aborted with a message naming this file.
"""
import copy

import rclpy
from rclpy.action import ActionServer, CancelResponse, GoalResponse
from rclpy.callback_groups import ReentrantCallbackGroup
from rclpy.executors import ExternalShutdownException, MultiThreadedExecutor
from rclpy.node import Node
from rclpy.time import Time
from tf2_ros import Buffer, TransformException, TransformListener
import tf2_geometry_msgs  # noqa: F401  (registers PoseStamped with tf2)

from capstone_interfaces.action import Grasp


class GraspServer(Node):
    def __init__(self):
        super().__init__('grasp_server')
        self.declare_parameter('arm', 'left')
        self.declare_parameter('pregrasp_offset', 0.12)
        self.declare_parameter('lift_height', 0.10)
        self.tf_buffer = Buffer()
        self.tf_listener = TransformListener(self.tf_buffer, self, spin_thread=True)
        self._server = ActionServer(
            self, Grasp, '/manipulation/grasp',
            execute_callback=self.execute,
            goal_callback=self.on_goal,
            cancel_callback=lambda _goal: CancelResponse.ACCEPT,
            callback_group=ReentrantCallbackGroup())
        self.get_logger().info(f'grasp_server ready for the {self.get_parameter("arm").value} arm '
                               '(move_hand_to and set_gripper are stubs: milestone M4)')

    def on_goal(self, goal_request):
        if goal_request.target_pose.header.frame_id == '':
            self.get_logger().warn('Rejecting grasp goal without a frame_id')
            return GoalResponse.REJECT
        return GoalResponse.ACCEPT

    def to_base_link_now(self, pose):
        """Express a map-frame pose in base_link at the LATEST time (review item B2).

        The target is fixed in the map; what the arm needs is where it is relative to the robot
        now, not when the image was taken. lookup_transform_full evaluates the source frame at the
        pose's own stamp, carries it through the fixed 'map' frame, and evaluates base_link at
        Time() (zero = the latest available transform). No timeout: nothing here waits.
        """
        tf = self.tf_buffer.lookup_transform_full(
            target_frame='base_link', target_time=Time(),
            source_frame=pose.header.frame_id, source_time=Time.from_msg(pose.header.stamp),
            fixed_frame='map')
        return tf2_geometry_msgs.do_transform_pose_stamped(pose, tf)

    @staticmethod
    def offset(pose, dx=0.0, dz=0.0):
        shifted = copy.deepcopy(pose)
        shifted.pose.position.x += dx
        shifted.pose.position.z += dz
        return shifted

    def execute(self, goal_handle):
        try:
            target = self.to_base_link_now(goal_handle.request.target_pose)
        except TransformException as err:
            goal_handle.abort()
            return Grasp.Result(success=False, message=f'cannot express the target in base_link: {err}')
        back = self.get_parameter('pregrasp_offset').value
        lift = self.get_parameter('lift_height').value
        stages = [
            ('pregrasp', lambda: self.move_hand_to(self.offset(target, dx=-back))),
            ('open', lambda: self.set_gripper(open_hand=True)),
            ('approach', lambda: self.move_hand_to(target)),
            ('close', lambda: self.set_gripper(open_hand=False)),
            ('lift', lambda: self.move_hand_to(self.offset(target, dz=lift))),
        ]
        feedback = Grasp.Feedback()
        for name, run in stages:
            if goal_handle.is_cancel_requested:
                goal_handle.canceled()
                return Grasp.Result(success=False, message=f'canceled before {name}')
            feedback.stage = name
            goal_handle.publish_feedback(feedback)
            try:
                ok = run()
            except NotImplementedError as err:
                self.get_logger().error(str(err))
                goal_handle.abort()
                return Grasp.Result(success=False, message=str(err))
            if not ok:
                goal_handle.abort()
                return Grasp.Result(success=False, message=f'{name} failed')
        goal_handle.succeed()
        return Grasp.Result(success=True, message='object lifted')

    def move_hand_to(self, pose_stamped):
        """Plan and execute a motion of the gripper frame (l_gripper or r_gripper) to pose_stamped.

        TODO(M4): use MoveIt 2 (MoveItPy or the MoveGroup action) with the <arm>_arm group; return True on success.
        """
        raise NotImplementedError('grasp_server.move_hand_to() is not implemented yet (TODO M4 in grasp_server.py)')

    def set_gripper(self, open_hand):
        """Open (0.045 m per finger) or close the hand. Return True on success.

        TODO(M4): send a control_msgs/action/GripperCommand goal to /<arm>_hand_controller/gripper_cmd.
        """
        raise NotImplementedError('grasp_server.set_gripper() is not implemented yet (TODO M4 in grasp_server.py)')


def main(args=None):
    rclpy.init(args=args)
    node = GraspServer()
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
