"""task_executor: runs a validated plan step by step and reports the outcome.

States (published on /capstone/status as capstone_interfaces/msg/TaskStatus):
    IDLE --plan--> EXECUTING(step 1) --ok--> EXECUTING(step 2) ... --ok--> SUCCEEDED --> IDLE
                                     --failure or timeout--> FAILED (reason spoken) --> IDLE
    A plan that arrives while a plan runs is refused (the robot says so).

Given: the whole state machine, the skill calls and their timeouts. With the starter stubs every
skill fails with a clear message, which is exactly what you should see on day one:
    ros2 topic echo /capstone/status
Your part: per-skill recovery (one navigation retry, "stow the arm" before every navigate_to),
and the report wording (milestones M2 to M5).

Every call is asynchronous and waited on with a deadline. That is safe here because the node
runs on a MultiThreadedExecutor with a reentrant callback group: the responses are processed
on other threads while on_plan waits.
"""
import json
import threading
import time

import rclpy
from action_msgs.msg import GoalStatus
from rclpy.action import ActionClient
from rclpy.callback_groups import ReentrantCallbackGroup
from rclpy.executors import ExternalShutdownException, MultiThreadedExecutor
from rclpy.node import Node
from std_msgs.msg import String

from capstone_interfaces.action import Grasp, NavigateToPlace
from capstone_interfaces.msg import TaskStatus
from capstone_interfaces.srv import FindObject


def wait_future(future, timeout_s):
    """Wait for an rclpy future from another thread. Return True if it completed in time."""
    deadline = time.monotonic() + timeout_s
    while not future.done():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


class TaskExecutor(Node):
    def __init__(self):
        super().__init__('task_executor')
        self.declare_parameter('step_timeout_s', 120.0)
        group = ReentrantCallbackGroup()
        self.nav = ActionClient(self, NavigateToPlace, '/skills/navigate_to', callback_group=group)
        self.grasp = ActionClient(self, Grasp, '/manipulation/grasp', callback_group=group)
        self.find = self.create_client(FindObject, '/perception/find_object', callback_group=group)
        self.say_pub = self.create_publisher(String, '/capstone/say', 10)
        self.status_pub = self.create_publisher(TaskStatus, '/capstone/status', 10)
        self.create_subscription(String, '/capstone/plan', self.on_plan, 10, callback_group=group)
        self._busy = threading.Lock()   # two plans arriving together cannot both start
        self.object_poses = {}
        self.status(TaskStatus.IDLE)
        self.get_logger().info('task_executor ready')

    def status(self, state, step='', detail=''):
        self.status_pub.publish(TaskStatus(state=state, current_step=step, detail=detail))

    def say(self, text):
        self.say_pub.publish(String(data=text))

    def on_plan(self, msg):
        if not self._busy.acquire(blocking=False):
            self.say('I am still working on the previous request.')
            return
        try:
            steps = json.loads(msg.data)['steps']
            for i, step in enumerate(steps):
                name = f'{i + 1}/{len(steps)} {step["skill"]}'
                self.status(TaskStatus.EXECUTING, name)
                self.get_logger().info(f'Step {name}')
                ok, detail = self.run_step(step)
                if not ok:
                    self.get_logger().error(f'Step {name} failed: {detail}')
                    self.status(TaskStatus.FAILED, name, detail)
                    self.say(f'I could not finish the task: {detail}.')
                    return
            self.status(TaskStatus.SUCCEEDED)
        finally:
            self.status(TaskStatus.IDLE)
            self._busy.release()

    def run_step(self, step):
        skill = step['skill']
        if skill == 'navigate_to':
            # TODO(M4): insert a "stow the arm" motion here so the arm is never out while walking.
            return self.call_action(self.nav, 'navigate_skill', NavigateToPlace.Goal(place=step['place']),
                                    f'I could not reach the {step["place"]}')
        if skill == 'find_object':
            return self.locate(step['object'])
        if skill == 'pick':
            pose = self.object_poses.get(step['object'])
            if pose is None:
                return False, f'I do not know where the {step["object"]} is'
            return self.call_action(self.grasp, 'grasp_server',
                                    Grasp.Goal(object_label=step['object'], target_pose=pose),
                                    f'I could not pick up the {step["object"]}')
        if skill == 'say':
            self.say(step['text'])
            return True, ''
        return False, f'unknown skill {skill}'

    def call_action(self, client, server_name, goal, failure_text):
        """Send a goal, check it was accepted, wait for the result with a deadline, cancel on timeout."""
        timeout = self.get_parameter('step_timeout_s').value
        if not client.wait_for_server(timeout_sec=5.0):
            return False, f'{failure_text}: {server_name} is not running'
        send_future = client.send_goal_async(goal)
        if not wait_future(send_future, 10.0):
            return False, f'{failure_text}: no answer to the goal'
        handle = send_future.result()
        if not handle.accepted:                       # review item B3: a rejected goal has no result
            return False, f'{failure_text}: the goal was rejected'
        result_future = handle.get_result_async()
        if not wait_future(result_future, timeout):
            cancel = handle.cancel_goal_async()
            wait_future(cancel, 5.0)
            return False, f'{failure_text}: timed out after {timeout:.0f} s'
        wrapped = result_future.result()
        if wrapped.status != GoalStatus.STATUS_SUCCEEDED or not wrapped.result.success:
            return False, f'{failure_text} ({wrapped.result.message})'
        return True, ''

    def locate(self, label):
        if not self.find.wait_for_service(timeout_sec=5.0):
            return False, 'perception is not running'
        future = self.find.call_async(FindObject.Request(label=label, min_confidence=0.5))
        if not wait_future(future, 10.0):
            return False, 'perception did not answer'
        res = future.result()
        if not res.found:
            return False, f'I cannot see a {label} ({res.message})'
        self.object_poses[label] = res.pose
        return True, ''


def main(args=None):
    rclpy.init(args=args)
    node = TaskExecutor()
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
