"""cmd_vel_watchdog: forwards /cmd_vel to /cmd_vel_safe and sends zeros when the stream stops.

Gazebo's VelocityControl system keeps applying the last velocity it received. If Nav2 crashes or
is stopped while the robot walks, the robot would keep walking into the wall. A node cannot
reliably send a final "stop" as it dies (the ROS context may already be shut down), so the stop
must come from downstream: this node is the last ROS hop before the bridge, and it publishes
zero velocity whenever /cmd_vel has been silent for timeout_s. On a real robot the locomotion
controller's own command timeout plays this role.

This node is complete; you do not need to change it.
"""
import rclpy
from geometry_msgs.msg import Twist
from rclpy.executors import ExternalShutdownException
from rclpy.node import Node


class CmdVelWatchdog(Node):
    def __init__(self):
        super().__init__('cmd_vel_watchdog')
        self.declare_parameter('timeout_s', 0.5)
        self.declare_parameter('rate_hz', 20.0)
        self.timeout = self.get_parameter('timeout_s').value
        self.pub = self.create_publisher(Twist, '/cmd_vel_safe', 10)
        self.create_subscription(Twist, '/cmd_vel', self.on_cmd, 10)
        self.last_cmd = Twist()
        self.last_time = None
        self.stopped = True
        self.create_timer(1.0 / self.get_parameter('rate_hz').value, self.on_timer)
        self.get_logger().info(f'Forwarding /cmd_vel to /cmd_vel_safe; zero after {self.timeout} s of silence')

    def on_cmd(self, msg):
        self.last_cmd = msg
        self.last_time = self.get_clock().now()

    def on_timer(self):
        now = self.get_clock().now()
        fresh = (self.last_time is not None
                 and (now - self.last_time).nanoseconds * 1e-9 < self.timeout)
        if fresh:
            self.pub.publish(self.last_cmd)
            self.stopped = False
        else:
            self.pub.publish(Twist())  # all zeros
            if not self.stopped:
                self.get_logger().warn('/cmd_vel went quiet: sending zero velocity')
                self.stopped = True


def main(args=None):
    rclpy.init(args=args)
    node = CmdVelWatchdog()
    try:
        rclpy.spin(node)
    except (KeyboardInterrupt, ExternalShutdownException):
        pass
    finally:
        node.destroy_node()
        rclpy.try_shutdown()


if __name__ == '__main__':
    main()
