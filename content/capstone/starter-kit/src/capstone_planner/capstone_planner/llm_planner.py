"""llm_planner: /speech/text -> validated JSON plan on /capstone/plan.

Given: the `fake` backend (a canned plan built from the first known place and object, so the
whole pipeline runs without a model) and validate_plan(). Your part (milestone M5): ask_ollama()
(or a hosted model), a system prompt that lists the skills, places and objects, and one retry.
"""
import json

import rclpy
from rclpy.executors import ExternalShutdownException
from rclpy.node import Node
from std_msgs.msg import String

from capstone_planner.plan_validation import validate_plan

SYSTEM_PROMPT = """You plan tasks for a home humanoid robot.
Reply with JSON only, shaped as {"steps": [...]}.
Each step has a "skill" from: navigate_to(place), find_object(object), pick(object), say(text).
Use only the places and objects listed in the user message. Always find_object before pick.
If the request is impossible or unclear, return a single say step that asks a clarifying question."""


class LlmPlanner(Node):
    def __init__(self):
        super().__init__('llm_planner')
        self.declare_parameter('backend', 'fake')
        self.declare_parameter('model', 'llama3.1:8b')
        self.declare_parameter('endpoint', 'http://localhost:11434/api/chat')
        self.declare_parameter('known_places', ['kitchen', 'living_room', 'dock'])
        self.declare_parameter('known_objects', ['cup', 'bottle', 'bowl'])
        self.plan_pub = self.create_publisher(String, '/capstone/plan', 10)
        self.say_pub = self.create_publisher(String, '/capstone/say', 10)
        self.create_subscription(String, '/speech/text', self.on_command, 10)
        self.get_logger().info(f'llm_planner ready, backend={self.get_parameter("backend").value}')

    def fake_plan(self, command):
        """A canned plan: the first object named in the command (else the first known object), in the first place."""
        places = self.get_parameter('known_places').value
        objects = self.get_parameter('known_objects').value
        obj = next((o for o in objects if o in command.lower()), objects[0])
        place = next((p for p in places if p.replace('_', ' ') in command.lower()), places[0])
        return json.dumps({'steps': [
            {'skill': 'navigate_to', 'place': place},
            {'skill': 'find_object', 'object': obj},
            {'skill': 'pick', 'object': obj},
            {'skill': 'navigate_to', 'place': 'dock'},
            {'skill': 'say', 'text': f'Here is the {obj}.'}]})

    def ask_ollama(self, command):
        """TODO(M5): POST {model, messages: [system, user], format: 'json', stream: False} to the
        endpoint with `requests` (timeout 60 s) and return reply.json()['message']['content']."""
        raise NotImplementedError('llm_planner.ask_ollama() is not implemented yet (TODO M5); use backend:=fake')

    def on_command(self, msg):
        places = set(self.get_parameter('known_places').value)
        objects = set(self.get_parameter('known_objects').value)
        backend = self.get_parameter('backend').value
        self.get_logger().info(f'Command: {msg.data!r}')
        try:
            raw = self.fake_plan(msg.data) if backend == 'fake' else self.ask_ollama(msg.data)
            steps = validate_plan(raw, places, objects)
        except (ValueError, NotImplementedError) as err:
            self.get_logger().error(f'No plan: {err}')
            self.say_pub.publish(String(data='Sorry, I could not make a plan for that.'))
            return
        self.plan_pub.publish(String(data=json.dumps({'steps': steps})))
        self.get_logger().info(f'Plan: {[s["skill"] for s in steps]}')


def main(args=None):
    rclpy.init(args=args)
    node = LlmPlanner()
    try:
        rclpy.spin(node)
    except (KeyboardInterrupt, ExternalShutdownException):
        pass
    finally:
        node.destroy_node()
        rclpy.try_shutdown()


if __name__ == '__main__':
    main()
