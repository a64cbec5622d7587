"""whisper_listener: push-to-talk speech recognition (/voice/listen -> /speech/text).

Given: the service and the publisher. Your part (milestone M5): record `window_s` seconds of
16 kHz mono audio, reject silence with an energy check, transcribe with Whisper and publish
the text (the capstone chapter shows a complete version).

Until then, calling /voice/listen returns success=False with a message, and you can drive
the rest of the system by publishing text yourself:
    ros2 topic pub --once /speech/text std_msgs/msg/String "{data: 'bring me the cup from the kitchen'}"
"""
import rclpy
from rclpy.executors import ExternalShutdownException
from rclpy.node import Node
from std_msgs.msg import String
from std_srvs.srv import Trigger

SAMPLE_RATE = 16000  # Whisper expects 16 kHz mono


class WhisperListener(Node):
    def __init__(self):
        super().__init__('whisper_listener')
        self.declare_parameter('model_size', 'base.en')
        self.declare_parameter('window_s', 4.0)
        self.declare_parameter('energy_threshold', 0.01)
        self.pub = self.create_publisher(String, '/speech/text', 10)
        self.create_service(Trigger, '/voice/listen', self.on_listen)
        self.get_logger().info('whisper_listener ready (recording and transcription are TODO M5)')

    def transcribe_window(self):
        """Record, check energy, transcribe. Return the text, or None for silence.

        TODO(M5): sounddevice.rec(...) at SAMPLE_RATE, RMS check against energy_threshold,
        whisper.load_model(model_size) once in __init__, model.transcribe(audio, language='en').
        """
        raise NotImplementedError('whisper_listener.transcribe_window() is not implemented yet (TODO M5)')

    def on_listen(self, request, response):
        try:
            text = self.transcribe_window()
        except NotImplementedError as err:
            self.get_logger().error(str(err))
            response.success, response.message = False, str(err)
            return response
        if not text:
            response.success, response.message = False, 'Heard only silence'
            return response
        self.pub.publish(String(data=text))
        response.success, response.message = True, text
        return response


def main(args=None):
    rclpy.init(args=args)
    node = WhisperListener()
    try:
        rclpy.spin(node)
    except (KeyboardInterrupt, ExternalShutdownException):
        pass
    finally:
        node.destroy_node()
        rclpy.try_shutdown()


if __name__ == '__main__':
    main()
