"""object_locator: finds objects with the RGB-D head camera and answers FindObject in the map frame.

Given (complete, unit-tested in test/test_geometry.py):
  - deproject(): pixel + depth -> 3D point in the camera's optical frame (pinhole model)
  - depth_in_metres(): 16UC1 millimetres or 32FC1 metres -> float metres
  - synchronised colour, depth and camera_info subscriptions, the FindObject service
Your part (milestone M3): detect() and the transform to the map frame in on_frames().

Until then the node runs, logs what is missing and answers every request with found=False
and a message that says so, so the task executor reports a clear reason.
"""
import time

import message_filters
import numpy as np
import rclpy
from geometry_msgs.msg import PoseStamped
from rclpy.executors import ExternalShutdownException
from rclpy.node import Node
from rclpy.qos import qos_profile_sensor_data
from sensor_msgs.msg import CameraInfo, Image
from tf2_ros import Buffer, TransformListener

from capstone_interfaces.srv import FindObject


def deproject(u, v, z, k):
    """Pixel (u, v) with depth z (m) -> (x, y, z) in the optical frame. k is CameraInfo.k (row-major 3x3)."""
    fx, fy, cx, cy = k[0], k[4], k[2], k[5]
    return (u - cx) * z / fx, (v - cy) * z / fy, z


def depth_in_metres(depth, encoding):
    """Convert a depth array to float32 metres: 16UC1 is millimetres (RealSense), 32FC1 is metres (Gazebo)."""
    if encoding == '16UC1':
        return depth.astype(np.float32) / 1000.0
    if encoding == '32FC1':
        return depth.astype(np.float32)
    raise ValueError(f'unsupported depth encoding {encoding!r}')


def median_depth(depth_m, u, v, half=3, min_valid=0.1):
    """Median of the valid depths in a (2*half+1)^2 window around (u, v), or None if there are none."""
    patch = depth_m[max(v - half, 0):v + half + 1, max(u - half, 0):u + half + 1]
    valid = patch[np.isfinite(patch) & (patch > min_valid)]
    return float(np.median(valid)) if valid.size else None


class ObjectLocator(Node):
    def __init__(self):
        super().__init__('object_locator')
        self.declare_parameter('target_frame', 'map')
        self.declare_parameter('model', 'yolov8n.pt')
        self.declare_parameter('min_confidence', 0.5)
        self.declare_parameter('max_age_s', 10.0)
        self.declare_parameter('depth_window_px', 7)
        self.latest = {}  # label -> (PoseStamped in target_frame, confidence, time.monotonic())
        self._warned = 0.0

        # spin_thread=True: the listener fills the buffer on its own thread, so a lookup in a
        # callback never waits on the executor that runs that callback (review item B1).
        self.tf_buffer = Buffer()
        self.tf_listener = TransformListener(self.tf_buffer, self, spin_thread=True)

        color = message_filters.Subscriber(self, Image, '/camera/color/image_raw',
                                           qos_profile=qos_profile_sensor_data)
        depth = message_filters.Subscriber(self, Image, '/camera/depth/image_raw',
                                           qos_profile=qos_profile_sensor_data)
        info = message_filters.Subscriber(self, CameraInfo, '/camera/color/camera_info',
                                          qos_profile=qos_profile_sensor_data)
        self.sync = message_filters.ApproximateTimeSynchronizer(
            [color, depth, info], queue_size=10, slop=0.05)
        self.sync.registerCallback(self.on_frames)
        self.create_service(FindObject, '/perception/find_object', self.on_find)
        self.get_logger().info('object_locator ready (detect() is still a stub: milestone M3)')

    def detect(self, color_msg):
        """Return a list of (label, confidence, u, v) for the objects in the colour image.

        TODO(M3): run your detector here (for example ultralytics YOLO on
        cv_bridge.CvBridge().imgmsg_to_cv2(color_msg, 'bgr8')) and return box centres in pixels.
        """
        raise NotImplementedError('object_locator.detect() is not implemented yet (TODO M3 in object_locator.py)')

    def on_frames(self, color_msg, depth_msg, info_msg):
        try:
            detections = self.detect(color_msg)
        except NotImplementedError as err:
            if time.monotonic() - self._warned > 10.0:
                self.get_logger().error(str(err))
                self._warned = time.monotonic()
            return
        # TODO(M3): for each detection:
        #   1. depth_m = depth_in_metres(<depth image as numpy>, depth_msg.encoding)
        #   2. z = median_depth(depth_m, u, v); skip the detection if z is None
        #   3. x, y, z = deproject(u, v, z, info_msg.k); build a PoseStamped with
        #      header = info_msg.header (optical frame, image time) and orientation.w = 1
        #   4. transform it to target_frame WITHOUT a timeout (never block a callback):
        #      if self.tf_buffer.can_transform(target, frame, stamp): use self.tf_buffer.transform(...)
        #      else skip this frame (TF has not caught up with the image yet)
        #   5. self.latest[label] = (pose_in_map, confidence, time.monotonic())
        for label, confidence, u, v in detections:
            pass  # replace with steps 1-5 above

    def on_find(self, request, response):
        hit = self.latest.get(request.label)
        max_age = self.get_parameter('max_age_s').value
        if hit is None:
            response.found = False
            response.message = ('no detection of that label yet; object_locator.detect() may still be '
                                'a stub (TODO M3)')
            return response
        pose, confidence, seen = hit
        if confidence < request.min_confidence or time.monotonic() - seen > max_age:
            response.found = False
            response.message = 'not seen recently with enough confidence'
            return response
        response.found, response.pose, response.confidence = True, pose, confidence
        response.message = 'ok'
        return response


def main(args=None):
    rclpy.init(args=args)
    node = ObjectLocator()
    try:
        rclpy.spin(node)
    except (KeyboardInterrupt, ExternalShutdownException):
        pass
    finally:
        node.destroy_node()
        rclpy.try_shutdown()


if __name__ == '__main__':
    main()
