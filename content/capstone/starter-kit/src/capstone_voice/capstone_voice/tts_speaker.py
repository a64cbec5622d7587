"""tts_speaker: the say skill. Speaks (or at least logs) every sentence on /capstone/say.

Given: the subscription and a logged transcript of everything the robot says (useful in the
demo video). Your part (milestone M5): choose an offline text-to-speech engine and set the
`engine` parameter, e.g. engine:=espeak-ng (sudo apt install espeak-ng). The command is run as
[engine, text]; a different engine may need a small change in speak().
"""
import shutil
import subprocess

import rclpy
from rclpy.executors import ExternalShutdownException
from rclpy.node import Node
from std_msgs.msg import String


class TtsSpeaker(Node):
    def __init__(self):
        super().__init__('tts_speaker')
        self.declare_parameter('engine', '')
        self.engine = self.get_parameter('engine').value
        if not self.engine:
            self.get_logger().warn('No TTS engine configured (TODO M5: set the engine parameter); '
                                   'sentences are only logged')
        elif shutil.which(self.engine) is None:
            self.get_logger().error(f'TTS engine {self.engine!r} is not installed; sentences are only logged')
            self.engine = ''
        self.create_subscription(String, '/capstone/say', self.on_say, 10)

    def on_say(self, msg):
        self.get_logger().info(f'[SAY] {msg.data}')
        if self.engine:
            self.speak(msg.data)

    def speak(self, text):
        try:
            # Popen, not run: speaking takes seconds and must not block the next message.
            subprocess.Popen([self.engine, text], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as err:
            self.get_logger().error(f'TTS failed: {err}')


def main(args=None):
    rclpy.init(args=args)
    node = TtsSpeaker()
    try:
        rclpy.spin(node)
    except (KeyboardInterrupt, ExternalShutdownException):
        pass
    finally:
        node.destroy_node()
        rclpy.try_shutdown()


if __name__ == '__main__':
    main()
